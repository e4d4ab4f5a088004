/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_intr_handle allocation and accessors, the per-type enable/disable
 * operations table (eal_intr_ops.h), Rx vector eventfds.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <eal_intr_ops.h>
#include <rte_common.h>
#include <rte_errno.h>
#include <rte_interrupts.h>
#include <rte_malloc.h>

#include "eal_interrupts.h"
#include "eal_private.h"

#define NB_OTHER_INTR 1	/* vector 0: link/other events */

static struct rte_intr_type_ops type_ops[RTE_INTR_HANDLE_MAX];

int
rte_intr_type_ops_register(enum rte_intr_handle_type type,
	const struct rte_intr_type_ops *ops)
{
	if ((unsigned int)type >= RTE_INTR_HANDLE_MAX || ops == NULL)
		return -EINVAL;
	type_ops[type] = *ops;
	return 0;
}

struct rte_intr_handle *
rte_intr_instance_alloc(uint32_t flags)
{
	struct rte_intr_handle *h;
	int i;

	if (flags & ~RTE_INTR_INSTANCE_F_SHARED) {
		rte_errno = EINVAL;
		return NULL;
	}
	if (flags & RTE_INTR_INSTANCE_F_SHARED)
		h = rte_zmalloc(NULL, sizeof(*h), 0);
	else
		h = calloc(1, sizeof(*h));
	if (h == NULL) {
		rte_errno = ENOMEM;
		return NULL;
	}
	h->fd = -1;
	h->dev_fd = -1;
	h->alloc_flags = flags;
	h->nb_intr = RTE_MAX_RXTX_INTR_VEC_ID;
	for (i = 0; i < RTE_MAX_RXTX_INTR_VEC_ID; i++)
		h->efds[i] = -1;
	return h;
}

struct rte_intr_handle *
rte_intr_instance_dup(const struct rte_intr_handle *src)
{
	struct rte_intr_handle *h;

	if (src == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	h = rte_intr_instance_alloc(src->alloc_flags);
	if (h == NULL)
		return NULL;
	memcpy(h, src, sizeof(*h));
	h->intr_vec = NULL;
	h->vec_list_size = 0;
	h->efds_owned = false;	/* the original closes them */
	return h;
}

void
rte_intr_instance_free(struct rte_intr_handle *h)
{
	if (h == NULL)
		return;
	free(h->intr_vec);
	if (h->alloc_flags & RTE_INTR_INSTANCE_F_SHARED)
		rte_free(h);
	else
		free(h);
}

#define CHECK_HANDLE(h, ret) do { \
	if ((h) == NULL) { \
		rte_errno = EINVAL; \
		return ret; \
	} \
} while (0)

int rte_intr_fd_set(struct rte_intr_handle *h, int fd)
{ CHECK_HANDLE(h, -rte_errno); h->fd = fd; return 0; }
int rte_intr_fd_get(const struct rte_intr_handle *h)
{ CHECK_HANDLE(h, -1); return h->fd; }
int rte_intr_dev_fd_set(struct rte_intr_handle *h, int fd)
{ CHECK_HANDLE(h, -rte_errno); h->dev_fd = fd; return 0; }
int rte_intr_dev_fd_get(const struct rte_intr_handle *h)
{ CHECK_HANDLE(h, -1); return h->dev_fd; }
int rte_intr_max_intr_set(struct rte_intr_handle *h, int max_intr)
{
	CHECK_HANDLE(h, -rte_errno);
	if (max_intr < 0 || max_intr > h->nb_intr) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	h->max_intr = max_intr;
	return 0;
}
int rte_intr_max_intr_get(const struct rte_intr_handle *h)
{ CHECK_HANDLE(h, -1); return h->max_intr; }
int rte_intr_nb_efd_set(struct rte_intr_handle *h, int nb_efd)
{
	CHECK_HANDLE(h, -rte_errno);
	if (nb_efd < 0 || nb_efd > h->nb_intr) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	h->nb_efd = (uint32_t)nb_efd;
	return 0;
}
int rte_intr_nb_efd_get(const struct rte_intr_handle *h)
{ CHECK_HANDLE(h, -1); return (int)h->nb_efd; }
int rte_intr_nb_intr_get(const struct rte_intr_handle *h)
{ CHECK_HANDLE(h, -1); return h->nb_intr; }
int rte_intr_efd_counter_size_set(struct rte_intr_handle *h, uint8_t size)
{ CHECK_HANDLE(h, -rte_errno); h->efd_counter_size = size; return 0; }
int rte_intr_efd_counter_size_get(const struct rte_intr_handle *h)
{ CHECK_HANDLE(h, -1); return h->efd_counter_size; }

int
rte_intr_type_set(struct rte_intr_handle *h, enum rte_intr_handle_type type)
{
	CHECK_HANDLE(h, -rte_errno);
	if ((unsigned int)type >= RTE_INTR_HANDLE_MAX) {
		rte_errno = EINVAL;
		return -rte_errno;
	}
	h->type = type;
	return 0;
}

enum rte_intr_handle_type
rte_intr_type_get(const struct rte_intr_handle *h)
{
	CHECK_HANDLE(h, RTE_INTR_HANDLE_UNKNOWN);
	return h->type;
}

int
rte_intr_efds_index_set(struct rte_intr_handle *h, int index, int fd)
{
	CHECK_HANDLE(h, -rte_errno);
	if (index < 0 || index >= h->nb_intr) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	h->efds[index] = fd;
	return 0;
}

int
rte_intr_efds_index_get(const struct rte_intr_handle *h, int index)
{
	CHECK_HANDLE(h, -1);
	if (index < 0 || index >= h->nb_intr) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	return h->efds[index];
}

int
rte_intr_elist_index_set(struct rte_intr_handle *h, int index,
	struct rte_epoll_event elist)
{
	CHECK_HANDLE(h, -rte_errno);
	if (index < 0 || index >= h->nb_intr) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	h->elist[index] = elist;
	return 0;
}

struct rte_epoll_event *
rte_intr_elist_index_get(struct rte_intr_handle *h, int index)
{
	CHECK_HANDLE(h, NULL);
	if (index < 0 || index >= h->nb_intr) {
		rte_errno = ERANGE;
		return NULL;
	}
	return &h->elist[index];
}

int
rte_intr_vec_list_alloc(struct rte_intr_handle *h, const char *name, int size)
{
	RTE_SET_USED(name);
	CHECK_HANDLE(h, -rte_errno);
	if (size <= 0 || size > h->nb_intr) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	if (h->intr_vec != NULL && h->vec_list_size == size)
		return 0;	/* already there, as DPDK allows */
	free(h->intr_vec);
	h->intr_vec = calloc((size_t)size, sizeof(int));
	if (h->intr_vec == NULL) {
		h->vec_list_size = 0;
		rte_errno = ENOMEM;
		return -rte_errno;
	}
	h->vec_list_size = size;
	return 0;
}

int
rte_intr_vec_list_index_set(struct rte_intr_handle *h, int index, int vec)
{
	CHECK_HANDLE(h, -rte_errno);
	if (h->intr_vec == NULL || index < 0 || index >= h->vec_list_size) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	h->intr_vec[index] = vec;
	return 0;
}

int
rte_intr_vec_list_index_get(const struct rte_intr_handle *h, int index)
{
	CHECK_HANDLE(h, -1);
	if (h->intr_vec == NULL || index < 0 || index >= h->vec_list_size) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	return h->intr_vec[index];
}

void
rte_intr_vec_list_free(struct rte_intr_handle *h)
{
	if (h == NULL)
		return;
	free(h->intr_vec);
	h->intr_vec = NULL;
	h->vec_list_size = 0;
}

int
rte_intr_event_list_update(struct rte_intr_handle *h, int size)
{
	CHECK_HANDLE(h, -rte_errno);
	/* arrays are fixed at RTE_MAX_RXTX_INTR_VEC_ID entries */
	if (size <= 0 || size > RTE_MAX_RXTX_INTR_VEC_ID) {
		rte_errno = ERANGE;
		return -rte_errno;
	}
	h->nb_intr = size;
	return 0;
}

int
rte_intr_efd_enable(struct rte_intr_handle *h, uint32_t nb_efd)
{
	uint32_t i, n;
	int fd;

	CHECK_HANDLE(h, -EINVAL);
	n = RTE_MIN(nb_efd, (uint32_t)RTE_MAX_RXTX_INTR_VEC_ID);
	switch (h->type) {
	case RTE_INTR_HANDLE_VFIO_MSIX:
	case RTE_INTR_HANDLE_VDEV:
	case RTE_INTR_HANDLE_EXT:
	case RTE_INTR_HANDLE_UNKNOWN:
		/* one eventfd per Rx vector; for MSI-X the PCI layer hands
		 * them to VFIO when it enables the vectors */
		for (i = 0; i < n; i++) {
			fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
			if (fd < 0) {
				EAL_LOG(ERR, "cannot create an Rx interrupt "
					"eventfd: %s\n", strerror(errno));
				while (i-- > 0) {
					close(h->efds[i]);
					h->efds[i] = -1;
				}
				return -errno;
			}
			h->efds[i] = fd;
		}
		h->nb_efd = n;
		h->max_intr = (int)n + NB_OTHER_INTR;
		h->efds_owned = true;
		break;
	default:
		/* one vector shared by everything: the handle's own fd */
		h->efds[0] = h->fd;
		h->nb_efd = RTE_MIN(n, 1u);
		h->max_intr = NB_OTHER_INTR;
		h->efds_owned = false;
		break;
	}
	h->efd_counter_size = sizeof(uint64_t);
	return 0;
}

void
rte_intr_efd_disable(struct rte_intr_handle *h)
{
	uint32_t i;

	if (h == NULL)
		return;
	rte_intr_free_epoll_fd(h);
	if (h->efds_owned)
		for (i = 0; i < h->nb_efd; i++) {
			if (h->efds[i] >= 0)
				close(h->efds[i]);
			h->efds[i] = -1;
		}
	h->nb_efd = 0;
	h->max_intr = 0;
	h->efds_owned = false;
}

int
rte_intr_dp_is_en(struct rte_intr_handle *h)
{
	return h != NULL && h->nb_efd > 0;
}

int
rte_intr_allow_others(struct rte_intr_handle *h)
{
	if (h == NULL)
		return 0;
	if (!rte_intr_dp_is_en(h))
		return 1;
	return h->max_intr > (int)h->nb_efd;
}

int
rte_intr_cap_multiple(struct rte_intr_handle *h)
{
	if (h == NULL)
		return 0;
	return h->type == RTE_INTR_HANDLE_VFIO_MSIX ||
		h->type == RTE_INTR_HANDLE_VDEV;
}

/* enable/disable/ack: virtual devices need nothing; device types go to
 * the operations their bus registered. */
static int
intr_op(const struct rte_intr_handle *h, int op)
{
	const struct rte_intr_type_ops *ops;
	int (*fn)(const struct rte_intr_handle *);
	static const char *const names[] = { "enable", "disable", "ack" };

	if (h == NULL)
		return -1;
	if (h->type == RTE_INTR_HANDLE_VDEV)
		return 0;
	if ((unsigned int)h->type >= RTE_INTR_HANDLE_MAX)
		return -1;
	ops = &type_ops[h->type];
	fn = op == 0 ? ops->enable : op == 1 ? ops->disable : ops->ack;
	if (fn == NULL) {
		EAL_LOG(ERR, "interrupt %s: not supported for handle type %d\n",
			names[op], h->type);
		return -1;
	}
	return fn(h);
}

int rte_intr_enable(const struct rte_intr_handle *h) { return intr_op(h, 0); }
int rte_intr_disable(const struct rte_intr_handle *h) { return intr_op(h, 1); }
int rte_intr_ack(const struct rte_intr_handle *h) { return intr_op(h, 2); }
