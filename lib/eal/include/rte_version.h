/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Version of the API (DPDK 22.11 rte_version.h).
 */
#ifndef _RTE_VERSION_H_
#define _RTE_VERSION_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_common.h>
#include <rte_compat.h>

/** Comparable version number from its parts. */
#define RTE_VERSION_NUM(a, b, c, d) ((a) << 24 | (b) << 16 | (c) << 8 | (d))
/** Version this library is compatible with (22.11.0). */
#define RTE_VERSION RTE_VERSION_NUM(RTE_VER_YEAR, RTE_VER_MONTH, \
	RTE_VER_MINOR, RTE_VER_RELEASE)

const char *rte_version_prefix(void);
unsigned int rte_version_year(void);
unsigned int rte_version_month(void);
unsigned int rte_version_minor(void);
const char *rte_version_suffix(void);
unsigned int rte_version_release(void);
/** "pmdkit 22.11.0" style string. */
const char *rte_version(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_VERSION_H_ */
