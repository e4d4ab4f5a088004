/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Interrupt mode of a PCI device bound to VFIO/UIO (--vfio-intr).
 */
#ifndef _RTE_PCI_DEV_DEFS_H_
#define _RTE_PCI_DEV_DEFS_H_

#ifdef __cplusplus
extern "C" {
#endif

enum rte_intr_mode {
	RTE_INTR_MODE_NONE = 0,	/**< not chosen: the driver picks */
	RTE_INTR_MODE_LEGACY,	/**< INTx */
	RTE_INTR_MODE_MSI,
	RTE_INTR_MODE_MSIX
};

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PCI_DEV_DEFS_H_ */
