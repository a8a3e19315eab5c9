import Testing

/// Every suite of this target, one at a time. The binary's tests block a thread of the
/// cooperative pool while `gauntlet` runs (two threads on two cores), and the in-process
/// tests need that pool for the sandbox server they host: run side by side, they would
/// time out for want of a thread.
@Suite(.serialized) enum HarnessSuites {}
