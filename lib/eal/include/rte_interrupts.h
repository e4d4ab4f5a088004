/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Interrupt handles and callbacks (DPDK 22.11 rte_interrupts.h).
 *
 * An interrupt handle describes an event source: an fd (eventfd, timerfd,
 * VFIO/UIO device fd...) and its type. Callbacks registered on a handle run
 * in the EAL interrupt thread ("eal-intr-thread") when the fd is readable.
 * For Rx queue interrupts a handle also carries one eventfd per vector
 * (efds) and a queue -> vector table (vec_list) used by PMDs.
 */
#ifndef _RTE_INTERRUPTS_H_
#define _RTE_INTERRUPTS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdbool.h>
#include <stdint.h>

#include <rte_bitops.h>
#include <rte_common.h>
#include <rte_compat.h>
#include <rte_epoll.h>

struct rte_intr_handle;

/** rte_intr_instance_alloc flags: private memory (malloc) */
#define RTE_INTR_INSTANCE_F_PRIVATE UINT32_C(0)
/** rte_intr_instance_alloc flags: hugepage memory (rte_malloc) */
#define RTE_INTR_INSTANCE_F_SHARED RTE_BIT32(0)

#define RTE_MAX_RXTX_INTR_VEC_ID 512
#define RTE_INTR_VEC_ZERO_OFFSET 0
#define RTE_INTR_VEC_RXTX_OFFSET 1

enum rte_intr_handle_type {
	RTE_INTR_HANDLE_UNKNOWN = 0,	/**< plain fd */
	RTE_INTR_HANDLE_UIO,
	RTE_INTR_HANDLE_UIO_INTX,
	RTE_INTR_HANDLE_VFIO_LEGACY,
	RTE_INTR_HANDLE_VFIO_MSI,
	RTE_INTR_HANDLE_VFIO_MSIX,
	RTE_INTR_HANDLE_ALARM,
	RTE_INTR_HANDLE_EXT,		/**< fd managed by the caller */
	RTE_INTR_HANDLE_VDEV,
	RTE_INTR_HANDLE_DEV_EVENT,
	RTE_INTR_HANDLE_VFIO_REQ,
	RTE_INTR_HANDLE_MAX
};

typedef void (*rte_intr_callback_fn)(void *cb_arg);
typedef void (*rte_intr_unregister_callback_fn)(
	struct rte_intr_handle *intr_handle, void *cb_arg);

/**
 * Call cb(cb_arg) in the interrupt thread whenever the handle's fd is
 * readable. The callback must consume the event (read the eventfd...).
 * 0 or negative errno (-EINVAL bad handle/fd, -ENOMEM).
 */
int rte_intr_callback_register(const struct rte_intr_handle *intr_handle,
	rte_intr_callback_fn cb, void *cb_arg);
/**
 * Remove callbacks matching cb and cb_arg ((void *)-1: any arg). Returns
 * the number removed, -EAGAIN if one of them is running right now, or
 * -ENOENT/-EINVAL.
 */
int rte_intr_callback_unregister(const struct rte_intr_handle *intr_handle,
	rte_intr_callback_fn cb, void *cb_arg);
/**
 * From inside a callback: remove it once it returns, then call ucb_fn.
 * Returns the number marked, or negative errno.
 */
int rte_intr_callback_unregister_pending(
	const struct rte_intr_handle *intr_handle, rte_intr_callback_fn cb_fn,
	void *cb_arg, rte_intr_unregister_callback_fn ucb_fn);
/** Like unregister, but waits while the callback runs. */
int rte_intr_callback_unregister_sync(const struct rte_intr_handle *intr_handle,
	rte_intr_callback_fn cb, void *cb_arg);

/** Enable/disable/acknowledge the interrupt in the device (by handle
 * type; VFIO/UIO types are implemented by the PCI layer). 0 or -1. */
int rte_intr_enable(const struct rte_intr_handle *intr_handle);
int rte_intr_disable(const struct rte_intr_handle *intr_handle);
int rte_intr_ack(const struct rte_intr_handle *intr_handle);

/** 1 if called from the interrupt thread. */
int rte_thread_is_intr(void);

/** Allocate a handle (fd -1, type UNKNOWN). NULL with rte_errno. */
struct rte_intr_handle *rte_intr_instance_alloc(uint32_t flags);
void rte_intr_instance_free(struct rte_intr_handle *intr_handle);
/** Copy of src (fds, type, efds). */
struct rte_intr_handle *rte_intr_instance_dup(const struct rte_intr_handle *src);

/* Accessors: setters return 0 or -rte_errno; getters -1 on a NULL handle. */
int rte_intr_fd_set(struct rte_intr_handle *intr_handle, int fd);
int rte_intr_fd_get(const struct rte_intr_handle *intr_handle);
int rte_intr_type_set(struct rte_intr_handle *intr_handle,
	enum rte_intr_handle_type type);
enum rte_intr_handle_type rte_intr_type_get(
	const struct rte_intr_handle *intr_handle);
/** Device fd (the VFIO device fd) as opposed to the event fd. */
int rte_intr_dev_fd_set(struct rte_intr_handle *intr_handle, int fd);
int rte_intr_dev_fd_get(const struct rte_intr_handle *intr_handle);
int rte_intr_max_intr_set(struct rte_intr_handle *intr_handle, int max_intr);
int rte_intr_max_intr_get(const struct rte_intr_handle *intr_handle);
int rte_intr_nb_efd_set(struct rte_intr_handle *intr_handle, int nb_efd);
int rte_intr_nb_efd_get(const struct rte_intr_handle *intr_handle);
int rte_intr_nb_intr_get(const struct rte_intr_handle *intr_handle);
int rte_intr_efd_counter_size_set(struct rte_intr_handle *intr_handle,
	uint8_t efd_counter_size);
int rte_intr_efd_counter_size_get(const struct rte_intr_handle *intr_handle);
int rte_intr_efds_index_set(struct rte_intr_handle *intr_handle, int index,
	int fd);
int rte_intr_efds_index_get(const struct rte_intr_handle *intr_handle,
	int index);
int rte_intr_elist_index_set(struct rte_intr_handle *intr_handle, int index,
	struct rte_epoll_event elist);
struct rte_epoll_event *rte_intr_elist_index_get(
	struct rte_intr_handle *intr_handle, int index);
/** Allocate the queue -> vector table with size entries (all 0). */
int rte_intr_vec_list_alloc(struct rte_intr_handle *intr_handle,
	const char *name, int size);
int rte_intr_vec_list_index_set(struct rte_intr_handle *intr_handle,
	int index, int vec);
int rte_intr_vec_list_index_get(const struct rte_intr_handle *intr_handle,
	int index);
void rte_intr_vec_list_free(struct rte_intr_handle *intr_handle);
/** Resize efds/elist to size entries. */
int rte_intr_event_list_update(struct rte_intr_handle *intr_handle, int size);

/** The calling thread's own epoll fd (created on first use). */
int rte_intr_tls_epfd(void);
/**
 * Add (RTE_INTR_EVENT_ADD) or remove the efd of vector vec to/from epfd
 * (RTE_EPOLL_PER_THREAD: the caller's), data returned in events. 0 or
 * negative errno.
 */
int rte_intr_rx_ctl(struct rte_intr_handle *intr_handle, int epfd, int op,
	unsigned int vec, void *data);
/** Remove every efd of the handle from the epoll instances it is in. */
void rte_intr_free_epoll_fd(struct rte_intr_handle *intr_handle);
/**
 * Create nb_efd eventfds (one per Rx vector) for a handle whose type has
 * no per-vector fds of its own (VDEV/EXT/UNKNOWN); VFIO MSI-X handles get
 * them from the PCI layer. 0 or negative errno.
 */
int rte_intr_efd_enable(struct rte_intr_handle *intr_handle, uint32_t nb_efd);
void rte_intr_efd_disable(struct rte_intr_handle *intr_handle);
/** 1 if Rx vectors are set up (nb_efd > 0). */
int rte_intr_dp_is_en(struct rte_intr_handle *intr_handle);
/** 1 if vector 0 can be used for other (link) events besides Rx. */
int rte_intr_allow_others(struct rte_intr_handle *intr_handle);
/** 1 if the handle supports more than one vector (MSI-X, VDEV). */
int rte_intr_cap_multiple(struct rte_intr_handle *intr_handle);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_INTERRUPTS_H_ */
