#define _GNU_SOURCE
#include "agent_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <stdint.h>
#include <unistd.h>

int gauntlet_spawn(const char *path, char *const argv[], char *const envp[],
                   int stdin_fd, int stdout_fd, int stderr_fd, const char *chdir_path, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc != 0) return rc;
    rc = posix_spawnattr_init(&attr);
    if (rc != 0) { posix_spawn_file_actions_destroy(&actions); return rc; }

    if ((rc = posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0)) != 0) goto done;
    if ((rc = posix_spawn_file_actions_adddup2(&actions, stdout_fd, 1)) != 0) goto done;
    if ((rc = posix_spawn_file_actions_adddup2(&actions, stderr_fd, 2)) != 0) goto done;
    // No harness fd (databases, sockets, other agents' pipes) may leak into the agent.
    if ((rc = posix_spawn_file_actions_addclosefrom_np(&actions, 3)) != 0) goto done;
    if (chdir_path != NULL && (rc = posix_spawn_file_actions_addchdir_np(&actions, chdir_path)) != 0) goto done;

    sigset_t empty, all;
    sigemptyset(&empty);
    sigfillset(&all);
    if ((rc = posix_spawnattr_setsigmask(&attr, &empty)) != 0) goto done;
    if ((rc = posix_spawnattr_setsigdefault(&attr, &all)) != 0) goto done;
    // A process group of its own, so the whole group can be signalled at once.
    if ((rc = posix_spawnattr_setpgroup(&attr, 0)) != 0) goto done;
    if ((rc = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                              POSIX_SPAWN_SETSIGDEF)) != 0) goto done;
    rc = posix_spawn(pid, path, &actions, &attr, argv, envp);
done:
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    return rc;
}

int gauntlet_pidfd_open(pid_t pid) {
    return (int)syscall(SYS_pidfd_open, pid, 0);
}

int gauntlet_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void gauntlet_set_pipe_size(int fd, int bytes) {
    (void)fcntl(fd, F_SETPIPE_SZ, bytes);
}

void gauntlet_ignore_sigpipe(void) {
    signal(SIGPIPE, SIG_IGN);
}

int gauntlet_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}

int gauntlet_eventfd(void) {
    return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

void gauntlet_eventfd_signal(int fd) {
    uint64_t one = 1;
    (void)!write(fd, &one, sizeof one);
}

void gauntlet_eventfd_drain(int fd) {
    uint64_t value;
    (void)!read(fd, &value, sizeof value);
}

int gauntlet_wait_status(int status, int *code) {
    if (WIFEXITED(status)) { *code = WEXITSTATUS(status); return 1; }
    *code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return 0;
}
