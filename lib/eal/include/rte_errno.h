/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Per-thread error number (DPDK 22.11 rte_errno.h).
 */
#ifndef _RTE_ERRNO_H_
#define _RTE_ERRNO_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_per_lcore.h>

RTE_DECLARE_PER_LCORE(int, _rte_errno) RTE_PER_LCORE_TLS_IE;
/** The calling thread's last error (errno values or RTE_E* codes below). */
#define rte_errno RTE_PER_LCORE(_rte_errno)

/** Text for an errno value or one of the RTE-specific codes. Thread-safe. */
const char *rte_strerror(int errnum);

#ifndef __ELASTERROR
/** First value above the C library's errno range. */
#define __ELASTERROR 1000
#endif

/** Codes specific to the EAL. */
enum {
	RTE_MIN_ERRNO = __ELASTERROR,
	E_RTE_SECONDARY,	/**< not allowed in a secondary process */
	E_RTE_NO_CONFIG,	/**< EAL configuration missing */
	RTE_MAX_ERRNO
};

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ERRNO_H_ */
