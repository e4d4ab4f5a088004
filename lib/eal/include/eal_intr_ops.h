/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Internal: how rte_intr_enable/disable/ack act on a handle type. The EAL
 * implements the types it owns (ALARM, EXT, VDEV, UNKNOWN: nothing to do in
 * hardware); the PCI layer registers the UIO and VFIO types, so the EAL
 * does not depend on it.
 */
#ifndef _EAL_INTR_OPS_H_
#define _EAL_INTR_OPS_H_

#include <rte_interrupts.h>

struct rte_intr_type_ops {
	/* Each returns 0 or -1 (after logging why). NULL: not supported. */
	int (*enable)(const struct rte_intr_handle *intr_handle);
	int (*disable)(const struct rte_intr_handle *intr_handle);
	int (*ack)(const struct rte_intr_handle *intr_handle);
};

/**
 * Install the operations for one handle type (replaces earlier ones).
 * Call from a constructor or before the first rte_intr_enable().
 * 0, or -EINVAL for a bad type/NULL ops.
 */
int rte_intr_type_ops_register(enum rte_intr_handle_type type,
	const struct rte_intr_type_ops *ops);

#endif /* _EAL_INTR_OPS_H_ */
