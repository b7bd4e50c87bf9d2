// Linux's epoll and eventfd, which Glibc's Swift module map leaves out.
#include <sys/epoll.h>
#include <sys/eventfd.h>
