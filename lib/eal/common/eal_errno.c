/* SPDX-License-Identifier: BSD-3-Clause */
/* rte_errno storage and rte_strerror(). */
#include <stdio.h>
#include <string.h>

#include <rte_errno.h>
#include <rte_per_lcore.h>

RTE_DEFINE_PER_LCORE(int, _rte_errno);

/* Per-thread buffer: strerror_r may write the text there. */
#define ERRBUF_SIZE 256
static RTE_DEFINE_PER_LCORE(char[ERRBUF_SIZE], errbuf);

const char *
rte_strerror(int errnum)
{
	char *buf = RTE_PER_LCORE(errbuf);

	if (errnum < 0)
		errnum = -errnum;
	switch (errnum) {
	case E_RTE_SECONDARY:
		return "Invalid call in secondary process";
	case E_RTE_NO_CONFIG:
		return "Missing rte_config structure";
	default:
		if (errnum > RTE_MIN_ERRNO && errnum < RTE_MAX_ERRNO) {
			snprintf(buf, ERRBUF_SIZE, "Unknown error %d", errnum);
			return buf;
		}
		/* GNU strerror_r returns a pointer, maybe not to buf */
		return strerror_r(errnum, buf, ERRBUF_SIZE);
	}
}
