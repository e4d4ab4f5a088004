/* SPDX-License-Identifier: BSD-3-Clause */
/* Version strings of the API pmdkit implements (rte_version.h). */
#include <rte_version.h>

#define PMDKIT_VERSION_STR RTE_VER_PREFIX " " RTE_STR(RTE_VER_YEAR) "." \
	RTE_STR(RTE_VER_MONTH) "." RTE_STR(RTE_VER_MINOR) RTE_VER_SUFFIX

const char *rte_version_prefix(void) { return RTE_VER_PREFIX; }
unsigned int rte_version_year(void) { return RTE_VER_YEAR; }
unsigned int rte_version_month(void) { return RTE_VER_MONTH; }
unsigned int rte_version_minor(void) { return RTE_VER_MINOR; }
const char *rte_version_suffix(void) { return RTE_VER_SUFFIX; }
unsigned int rte_version_release(void) { return RTE_VER_RELEASE; }

const char *
rte_version(void)
{
	return PMDKIT_VERSION_STR;
}
