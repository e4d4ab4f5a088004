/* SPDX-License-Identifier: BSD-3-Clause */
/* Layout of struct rte_intr_handle (opaque outside lib/eal). */
#ifndef _EAL_INTERRUPTS_H_
#define _EAL_INTERRUPTS_H_

#include <rte_interrupts.h>

struct rte_intr_handle {
	int fd;				/* event fd (eventfd, uio fd, ...) */
	int dev_fd;			/* device fd (VFIO device) */
	enum rte_intr_handle_type type;
	uint32_t alloc_flags;
	int max_intr;			/* vectors in use incl. "other" */
	uint32_t nb_efd;		/* Rx vectors */
	uint8_t efd_counter_size;
	bool efds_owned;		/* efds were created by efd_enable */
	int nb_intr;			/* capacity of efds/elist */
	int efds[RTE_MAX_RXTX_INTR_VEC_ID];
	struct rte_epoll_event elist[RTE_MAX_RXTX_INTR_VEC_ID];
	int vec_list_size;
	int *intr_vec;			/* queue -> vector */
};

#endif /* _EAL_INTERRUPTS_H_ */
