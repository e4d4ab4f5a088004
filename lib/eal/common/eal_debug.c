/* SPDX-License-Identifier: BSD-3-Clause */
/* rte_panic, rte_exit, rte_dump_stack. */
#include <execinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_common.h>
#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_log.h>

#define BACKTRACE_DEPTH 64

void
rte_dump_stack(void)
{
	void *frames[BACKTRACE_DEPTH];
	char **symbols;
	int n, i;

	n = backtrace(frames, BACKTRACE_DEPTH);
	symbols = backtrace_symbols(frames, n);
	rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL, "EAL: backtrace (%d frames)\n", n);
	for (i = 0; i < n; i++)
		rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL, "%d: [%s]\n", n - i,
			symbols != NULL ? symbols[i] : "?");
	free(symbols);
}

void
__rte_panic(const char *funcname, const char *format, ...)
{
	va_list ap;

	rte_log(RTE_LOG_CRIT, RTE_LOGTYPE_EAL, "PANIC in %s():\n", funcname);
	va_start(ap, format);
	rte_vlog(RTE_LOG_CRIT, RTE_LOGTYPE_EAL, format, ap);
	va_end(ap);
	rte_dump_stack();
	abort();
}

void
rte_exit(int exit_code, const char *format, ...)
{
	va_list ap;

	if (exit_code != 0)
		rte_log(RTE_LOG_CRIT, RTE_LOGTYPE_EAL,
			"Error - exiting with code: %d\n  Cause: ", exit_code);
	va_start(ap, format);
	rte_vlog(RTE_LOG_CRIT, RTE_LOGTYPE_EAL, format, ap);
	va_end(ap);
	/* release hugepage files and devices before leaving (fails
	 * harmlessly when the EAL was not initialised) */
	rte_eal_cleanup();
	exit(exit_code);
}
