#ifndef GAUNTLET_AGENT_SPAWN_H
#define GAUNTLET_AGENT_SPAWN_H

#include <sys/types.h>

/// Starts `path` (in `chdir_path` when not NULL) with `argv` and `envp` in a new process group, with the given fds as
/// its stdin, stdout and stderr, every other fd closed, signals at their defaults and
/// an empty signal mask. Returns 0 and sets `*pid`, or an errno value.
int gauntlet_spawn(const char *path, char *const argv[], char *const envp[],
                   int stdin_fd, int stdout_fd, int stderr_fd, const char *chdir_path, pid_t *pid);

/// pipe2 with O_CLOEXEC. Returns 0 or -1.
int gauntlet_pipe(int fds[2]);

/// A non-blocking eventfd used to wake an I/O thread from poll, or -1.
int gauntlet_eventfd(void);

/// Wakes (adds 1 to) an eventfd.
void gauntlet_eventfd_signal(int fd);

/// Resets an eventfd.
void gauntlet_eventfd_drain(int fd);

/// Decodes a waitpid status: returns 1 and sets *code for a normal exit, 0 and sets *code to the signal otherwise.
int gauntlet_wait_status(int status, int *code);

/// A pollable fd that becomes readable when `pid` exits, or -1 with errno set.
int gauntlet_pidfd_open(pid_t pid);

/// Makes `fd` non-blocking. Returns 0 or -1.
int gauntlet_set_nonblocking(int fd);

/// Grows a pipe's buffer so a large observation is written in one call. Best effort.
void gauntlet_set_pipe_size(int fd, int bytes);

/// Writing to an agent that has closed its stdin must give EPIPE, not kill the harness.
void gauntlet_ignore_sigpipe(void);

#include <stddef.h>
#include <stdint.h>


#endif
