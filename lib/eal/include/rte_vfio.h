/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * VFIO containers, groups and DMA mappings (DPDK 22.11 rte_vfio.h).
 *
 * The EAL keeps one default container. The first group bound to it selects
 * the IOMMU type (type 1, or no-IOMMU when the kernel runs vfio in unsafe
 * no-IOMMU mode); from then on every hugepage memory segment is mapped for
 * DMA, including memory the EAL adds later (memory event callback).
 */
#ifndef _RTE_VFIO_H_
#define _RTE_VFIO_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdbool.h>
#include <stdint.h>

#ifdef __linux__
#define VFIO_PRESENT
#define HAVE_VFIO_DEV_REQ_INTERFACE
#include <linux/vfio.h>

#define VFIO_DIR "/dev/vfio"
#define VFIO_CONTAINER_PATH "/dev/vfio/vfio"
#define VFIO_GROUP_FMT "/dev/vfio/%u"
#define VFIO_NOIOMMU_GROUP_FMT "/dev/vfio/noiommu-%u"
/* vfio-pci exposes region i of a device at file offset i << 40. */
#define VFIO_GET_REGION_ADDR(x) ((uint64_t) x << 40ULL)
#define VFIO_GET_REGION_IDX(x) (x >> 40)
#define VFIO_NOIOMMU_MODE \
	"/sys/module/vfio/parameters/enable_unsafe_noiommu_mode"
#define RTE_VFIO_NOIOMMU VFIO_NOIOMMU_IOMMU
#define RTE_VFIO_INFO_FLAG_CAPS VFIO_REGION_INFO_FLAG_CAPS
#define VFIO_CAP_OFFSET(x) (x->cap_offset)
#define RTE_VFIO_CAP_MSIX_MAPPABLE VFIO_REGION_INFO_CAP_MSIX_MAPPABLE
#else
struct vfio_device_info;
#endif

/** Stands for the EAL's default container in the container API. */
#define RTE_VFIO_DEFAULT_CONTAINER_FD (-1)

/**
 * Open the VFIO device dev_addr (a PCI name) found under sysfs_base: its
 * group is opened, checked viable and bound to the default container; the
 * device fd and its info are returned.
 * @return 0 on success, 1 if the device is not managed by VFIO, <0 on error.
 */
int rte_vfio_setup_device(const char *sysfs_base, const char *dev_addr,
		int *vfio_dev_fd, struct vfio_device_info *device_info);
/** Close a device fd from rte_vfio_setup_device; the group goes with its
 * last device. @return 0 or <0. */
int rte_vfio_release_device(const char *sysfs_base, const char *dev_addr,
		int fd);
/** Is the vfio module loaded and the container openable? (modname unused
 * beyond the check of /sys/module/<modname>) @return 0 on success. */
int rte_vfio_enable(const char *modname);
/** 1 if VFIO was enabled by rte_vfio_enable, 0 otherwise. */
int rte_vfio_is_enabled(const char *modname);
/** 1 if vfio runs in unsafe no-IOMMU mode, 0 if not, -1 on error. */
int rte_vfio_noiommu_is_enabled(void);
/** Forget a group fd (the caller closed it). */
int rte_vfio_clear_group(int vfio_group_fd);
/** IOMMU group number of a device. @return 1 found, 0 none, -1 error. */
int rte_vfio_get_group_num(const char *sysfs_base, const char *dev_addr,
		int *iommu_group_num);
/** The default container's fd (opened on first use), -1 on error. */
int rte_vfio_get_container_fd(void);
/** The fd of a group (opened and bound on first use), <0 on error. */
int rte_vfio_get_group_fd(int iommu_group_num);
/** Create another container. @return its fd or -1. */
int rte_vfio_container_create(void);
/** Destroy a container made by rte_vfio_container_create. */
int rte_vfio_container_destroy(int container_fd);
/** Bind a group to a container. @return group fd or -1. */
int rte_vfio_container_group_bind(int container_fd, int iommu_group_num);
/** Unbind a group from a container. */
int rte_vfio_container_group_unbind(int container_fd, int iommu_group_num);
/** Map [vaddr, vaddr+len) at iova in a container (DEFAULT: the EAL's). */
int rte_vfio_container_dma_map(int container_fd, uint64_t vaddr,
		uint64_t iova, uint64_t len);
/** Undo a mapping made with rte_vfio_container_dma_map. */
int rte_vfio_container_dma_unmap(int container_fd, uint64_t vaddr,
		uint64_t iova, uint64_t len);

/**
 * pmdkit internal: the highest IOVA the IOMMU of group iommu_group_num
 * translates (type 1 IOVA-range capability), found with a throw-away
 * container. The bus uses it to choose between IOVA as VA and as PA.
 * @return 0 and *last set, or -1 (unknown; no-IOMMU, old kernel, busy group).
 */
int rte_vfio_get_iova_limit(int iommu_group_num, uint64_t *last);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_VFIO_H_ */
