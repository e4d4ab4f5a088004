/* SPDX-License-Identifier: BSD-3-Clause */
/* Memseg list table shared by common/eal_memory.c and linux/eal_memalloc.c. */
#ifndef _EAL_MEMORY_H_
#define _EAL_MEMORY_H_

#include <rte_memory.h>

extern struct rte_memseg_list eal_msls[RTE_MAX_MEMSEG_LISTS];
extern int *eal_msl_fds[RTE_MAX_MEMSEG_LISTS];	/* per page, -1: none */
extern unsigned int eal_msl_count;

/* rte_mem_set_dma_mask() limit, 0: none */
uint8_t eal_dma_mask_bits(void);

#endif /* _EAL_MEMORY_H_ */
