/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * API stability markers (DPDK 22.11 rte_compat.h). pmdkit builds every
 * symbol into one library, so the markers carry no attributes.
 */
#ifndef _RTE_COMPAT_H_
#define _RTE_COMPAT_H_

#ifndef __rte_experimental
#define __rte_experimental
#endif
#ifndef __rte_internal
#define __rte_internal
#endif

#endif /* _RTE_COMPAT_H_ */
