#ifndef GAUNTLET_AGENT_SPAWN_H
#define GAUNTLET_AGENT_SPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` in a new process group, with the given fds as
/// its stdin, stdout and stderr, every other fd closed, signals at their defaults and
/// an empty signal mask. Returns 0 and sets `*pid`, or an errno value.
int gauntlet_spawn(const char *path, char *const argv[], char *const envp[],
                   int stdin_fd, int stdout_fd, int stderr_fd, pid_t *pid);

/// A pollable fd that becomes readable when `pid` exits, or -1 with errno set.
int gauntlet_pidfd_open(pid_t pid);

/// Makes `fd` non-blocking. Returns 0 or -1.
int gauntlet_set_nonblocking(int fd);

/// Grows a pipe's buffer so a large observation is written in one call. Best effort.
void gauntlet_set_pipe_size(int fd, int bytes);

/// Writing to an agent that has closed its stdin must give EPIPE, not kill the harness.
void gauntlet_ignore_sigpipe(void);

#endif
