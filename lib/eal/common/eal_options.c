/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Command line of rte_eal_init(). Every bad option is reported on one
 * line naming the option (and, where it helps, what would be valid);
 * parsing then fails with rte_errno = EINVAL.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_devargs.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_string_fns.h>
#include <rte_vect.h>
#include <rte_version.h>

#include "eal_private.h"

struct eal_internal_config eal_cfg;

static rte_usage_hook_t usage_hook;

/* -a/-b/--vdev, applied once drivers (-d) are loaded. */
struct pending_dev {
	enum rte_devtype type;
	char *arg;
};
static struct pending_dev *pending_devs;
static unsigned int pending_count;

enum {
	OPT_LONG_MIN = 256,
	OPT_VDEV,
	OPT_LCORES,
	OPT_MAIN_LCORE,
	OPT_LOG_LEVEL,
	OPT_SOCKET_MEM,
	OPT_NO_HUGE,
	OPT_HUGE_DIR,
	OPT_FILE_PREFIX,
	OPT_IN_MEMORY,
	OPT_NO_PCI,
	OPT_IOVA_MODE,
	OPT_PROC_TYPE,
	OPT_SYSLOG,
	OPT_VFIO_INTR,
	OPT_CREATE_UIO_DEV,
	OPT_MBUF_POOL_OPS,
	OPT_SIMD_BITWIDTH,
	OPT_NO_SHCONF,
	OPT_NO_TELEMETRY,
	OPT_HUGE_UNLINK,
};

static const char short_options[] = ":a:b:c:d:hl:m:n:r:v";

static const struct option long_options[] = {
	{ "allow", required_argument, NULL, 'a' },
	{ "block", required_argument, NULL, 'b' },
	{ "help", no_argument, NULL, 'h' },
	{ "vdev", required_argument, NULL, OPT_VDEV },
	{ "lcores", required_argument, NULL, OPT_LCORES },
	{ "main-lcore", required_argument, NULL, OPT_MAIN_LCORE },
	{ "master-lcore", required_argument, NULL, OPT_MAIN_LCORE },
	{ "log-level", required_argument, NULL, OPT_LOG_LEVEL },
	{ "socket-mem", required_argument, NULL, OPT_SOCKET_MEM },
	{ "no-huge", no_argument, NULL, OPT_NO_HUGE },
	{ "huge-dir", required_argument, NULL, OPT_HUGE_DIR },
	{ "file-prefix", required_argument, NULL, OPT_FILE_PREFIX },
	{ "in-memory", no_argument, NULL, OPT_IN_MEMORY },
	{ "no-pci", no_argument, NULL, OPT_NO_PCI },
	{ "iova-mode", required_argument, NULL, OPT_IOVA_MODE },
	{ "proc-type", required_argument, NULL, OPT_PROC_TYPE },
	{ "syslog", optional_argument, NULL, OPT_SYSLOG },
	{ "vfio-intr", required_argument, NULL, OPT_VFIO_INTR },
	{ "create-uio-dev", no_argument, NULL, OPT_CREATE_UIO_DEV },
	{ "mbuf-pool-ops-name", required_argument, NULL, OPT_MBUF_POOL_OPS },
	{ "force-max-simd-bitwidth", required_argument, NULL, OPT_SIMD_BITWIDTH },
	{ "no-shconf", no_argument, NULL, OPT_NO_SHCONF },
	{ "no-telemetry", no_argument, NULL, OPT_NO_TELEMETRY },
	{ "huge-unlink", optional_argument, NULL, OPT_HUGE_UNLINK },
	{ NULL, 0, NULL, 0 }
};

#define OPT_ERR(...) EAL_LOG(ERR, __VA_ARGS__)

void
eal_reset_config(void)
{
	unsigned int i;

	free(eal_cfg.mbuf_pool_ops_name);
	memset(&eal_cfg, 0, sizeof(eal_cfg));
	rte_strlcpy(eal_cfg.file_prefix, EAL_DEFAULT_PREFIX,
		sizeof(eal_cfg.file_prefix));
	eal_cfg.iova_mode_req = RTE_IOVA_DC;
	eal_cfg.process_type = RTE_PROC_PRIMARY;
	eal_cfg.vfio_intr_mode = RTE_INTR_MODE_NONE;
	eal_cfg.max_simd_bitwidth = RTE_VECT_DEFAULT_SIMD_BITWIDTH;
	for (i = 0; i < pending_count; i++)
		free(pending_devs[i].arg);
	free(pending_devs);
	pending_devs = NULL;
	pending_count = 0;
	eal_lcores_reset();
}

rte_usage_hook_t
rte_set_application_usage_hook(rte_usage_hook_t usage_func)
{
	rte_usage_hook_t old = usage_hook;

	usage_hook = usage_func;
	return old;
}

void
eal_usage(const char *prgname)
{
	printf("\nUsage: %s [EAL options] -- [application options]\n\n"
	"EAL common options:\n"
	"  -c COREMASK         Hexadecimal mask of the CPUs to run lcores on\n"
	"  -l CORELIST         List of CPUs for lcores: 0-3,6 (lcore id = CPU)\n"
	"  --lcores MAP        lcore to CPU map: 0-3 or 0@2,(1-2)@(4,5)\n"
	"  --main-lcore ID     lcore that runs main() (default: the first)\n"
	"  -n CHANNELS         Memory channels (accepted, informational)\n"
	"  -m MB               Memory to preallocate (MiB)\n"
	"  --socket-mem MB,..  Memory to preallocate per NUMA socket (MiB)\n"
	"  --no-huge           Use anonymous memory instead of hugepages\n"
	"  --huge-dir DIR      Use only the hugetlbfs mount at DIR\n"
	"  --file-prefix NAME  Prefix of hugepage files and runtime dir (default rte)\n"
	"  --in-memory         Keep no files (unlinked hugepages, no runtime dir)\n"
	"  --huge-unlink       Unlink hugepage files once mapped\n"
	"  -a, --allow DEV     Probe only the listed PCI devices: DBDF[,key=val...]\n"
	"  -b, --block DEV     Do not probe this PCI device\n"
	"  --vdev NAME[,ARGS]  Add a virtual device: net_ring0, net_pcap0,iface=eth0\n"
	"  --no-pci            Do not scan the PCI bus\n"
	"  -d LIB.so|DIR       Load a driver (or every .so in DIR)\n"
	"  --iova-mode pa|va   Device addressing (default: chosen by the buses)\n"
	"  --vfio-intr MODE    legacy|msi|msix\n"
	"  --log-level LEVEL   Global level, or PATTERN:LEVEL (glob), REGEX,LEVEL\n"
	"                      LEVEL: 1-8 or emergency..debug (default info)\n"
	"  --syslog            Also log to syslog\n"
	"  --proc-type primary Only primary processes are supported\n"
	"  --mbuf-pool-ops-name NAME  Mempool ops for mbuf pools\n"
	"  --force-max-simd-bitwidth N  Limit vector code paths (64..512)\n"
	"  -v                  Print the version at start-up\n"
	"  -h, --help          This help\n", prgname);
	if (usage_hook != NULL) {
		printf("\n");
		usage_hook(prgname);
	}
}

static int
parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end;
	unsigned long v;

	if (s == NULL || !isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Describe the CPUs that exist for error messages ("0-1"). */
static void
cpus_present(char *buf, size_t len)
{
	unsigned int cpu, first = 0, n = 0;
	bool in = false;
	size_t used = 0;

	buf[0] = '\0';
	for (cpu = 0; cpu <= CPU_SETSIZE && used < len - 16; cpu++) {
		bool det = cpu < CPU_SETSIZE && eal_cpu_detected(cpu);

		if (det && !in) {
			first = cpu;
			in = true;
		} else if (!det && in) {
			in = false;
			used += (size_t)snprintf(buf + used, len - used, "%s%u",
				n++ ? "," : "", first);
			if (cpu - 1 > first)
				used += (size_t)snprintf(buf + used, len - used,
					"-%u", cpu - 1);
		}
	}
}

static int
check_cpu(const char *opt, const char *arg, unsigned long cpu)
{
	char present[128];

	if (cpu < CPU_SETSIZE && eal_cpu_detected((unsigned int)cpu))
		return 0;
	cpus_present(present, sizeof(present));
	OPT_ERR("%s '%s': CPU %lu does not exist (this machine has CPUs %s)\n",
		opt, arg, cpu, present);
	return -1;
}

static void
lcore_enable(unsigned int lcore, const rte_cpuset_t *cpus)
{
	lcore_config[lcore].role = ROLE_RTE;
	lcore_config[lcore].cpuset = *cpus;
}

/*
 * "a" | "a-b" | "(a,b-c,...)" at *s, into set (ids < limit). Advances *s.
 */
static int
parse_set(const char **s, unsigned long limit, rte_cpuset_t *set)
{
	const char *p = *s;
	bool paren = (*p == '(');
	unsigned long a, b, i;
	char *end;

	CPU_ZERO(set);
	if (paren)
		p++;
	for (;;) {
		if (!isdigit((unsigned char)*p))
			return -1;
		a = strtoul(p, &end, 10);
		p = end;
		b = a;
		if (*p == '-') {
			p++;
			if (!isdigit((unsigned char)*p))
				return -1;
			b = strtoul(p, &end, 10);
			p = end;
		}
		if (a > b || b >= limit)
			return -1;
		for (i = a; i <= b; i++)
			CPU_SET(i, set);
		if (!paren || *p != ',')
			break;
		p++;
	}
	if (paren) {
		if (*p != ')')
			return -1;
		p++;
	}
	*s = p;
	return 0;
}

/* -l 0-3,5 */
static int
parse_corelist(const char *opt, const char *arg)
{
	const char *p = arg;
	rte_cpuset_t set, one;
	unsigned int cpu;

	eal_lcores_reset();
	if (*p == '\0') {
		OPT_ERR("%s: empty core list (example: -l 0-1)\n", opt);
		return -1;
	}
	while (*p != '\0') {
		if (parse_set(&p, RTE_MAX_LCORE, &set) != 0 ||
		    (*p != ',' && *p != '\0')) {
			OPT_ERR("%s '%s': malformed core list (use numbers and "
				"ranges below %d, e.g. 0-3,6)\n", opt, arg,
				RTE_MAX_LCORE);
			return -1;
		}
		for (cpu = 0; cpu < RTE_MAX_LCORE; cpu++) {
			if (!CPU_ISSET(cpu, &set))
				continue;
			if (check_cpu(opt, arg, cpu) != 0)
				return -1;
			CPU_ZERO(&one);
			CPU_SET(cpu, &one);
			lcore_enable(cpu, &one);
		}
		if (*p == ',')
			p++;
		if (*p == '\0' && p[-1] == ',') {
			OPT_ERR("%s '%s': trailing comma\n", opt, arg);
			return -1;
		}
	}
	return 0;
}

/* -c 0x3 */
static int
parse_coremask(const char *opt, const char *arg)
{
	const char *p = arg;
	size_t len;
	unsigned int bit = 0, count = 0;
	rte_cpuset_t one;
	int i, v, j;

	eal_lcores_reset();
	while (isspace((unsigned char)*p))
		p++;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		p += 2;
	len = strlen(p);
	if (len == 0) {
		OPT_ERR("%s '%s': empty core mask (example: -c 0x3)\n", opt, arg);
		return -1;
	}
	for (i = (int)len - 1; i >= 0; i--, bit += 4) {
		if (!isxdigit((unsigned char)p[i])) {
			OPT_ERR("%s '%s': not a hexadecimal core mask\n", opt, arg);
			return -1;
		}
		v = isdigit((unsigned char)p[i]) ? p[i] - '0' :
			tolower((unsigned char)p[i]) - 'a' + 10;
		for (j = 0; j < 4; j++) {
			unsigned int cpu = bit + (unsigned int)j;

			if (!(v & (1 << j)))
				continue;
			if (cpu >= RTE_MAX_LCORE) {
				OPT_ERR("%s '%s': CPU %u is above RTE_MAX_LCORE "
					"(%d)\n", opt, arg, cpu, RTE_MAX_LCORE);
				return -1;
			}
			if (check_cpu(opt, arg, cpu) != 0)
				return -1;
			CPU_ZERO(&one);
			CPU_SET(cpu, &one);
			lcore_enable(cpu, &one);
			count++;
		}
	}
	if (count == 0) {
		OPT_ERR("%s '%s': core mask selects no CPU\n", opt, arg);
		return -1;
	}
	return 0;
}

int
rte_eal_parse_coremask(const char *coremask, int *cores)
{
	const char *p = coremask;
	int i, idx = 0, j, v;
	unsigned int bit = 0;

	for (i = 0; i < RTE_MAX_LCORE; i++)
		cores[i] = -1;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		p += 2;
	if (*p == '\0')
		return -1;
	for (i = (int)strlen(p) - 1; i >= 0; i--, bit += 4) {
		if (!isxdigit((unsigned char)p[i]))
			return -1;
		v = isdigit((unsigned char)p[i]) ? p[i] - '0' :
			tolower((unsigned char)p[i]) - 'a' + 10;
		for (j = 0; j < 4; j++)
			if ((v & (1 << j)) && bit + (unsigned int)j < RTE_MAX_LCORE)
				cores[bit + (unsigned int)j] = idx++;
	}
	return 0;
}

/* --lcores 0-3 | 0@1,(1-2)@(3,4) */
static int
parse_lcores(const char *opt, const char *arg)
{
	const char *p = arg;
	rte_cpuset_t lcores, cpus, one;
	unsigned int id, cpu;

	eal_lcores_reset();
	if (*p == '\0') {
		OPT_ERR("%s: empty lcore map\n", opt);
		return -1;
	}
	while (*p != '\0') {
		if (parse_set(&p, RTE_MAX_LCORE, &lcores) != 0)
			goto bad;
		if (*p == '@') {
			p++;
			if (parse_set(&p, CPU_SETSIZE, &cpus) != 0)
				goto bad;
		} else {
			CPU_ZERO(&cpus);
		}
		if (*p != ',' && *p != '\0')
			goto bad;
		for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
			if (CPU_ISSET(cpu, &cpus) && check_cpu(opt, arg, cpu) != 0)
				return -1;
		for (id = 0; id < RTE_MAX_LCORE; id++) {
			if (!CPU_ISSET(id, &lcores))
				continue;
			if (CPU_COUNT(&cpus) == 0) {
				/* no @: lcore id is the CPU */
				if (check_cpu(opt, arg, id) != 0)
					return -1;
				CPU_ZERO(&one);
				CPU_SET(id, &one);
				lcore_enable(id, &one);
			} else {
				lcore_enable(id, &cpus);
			}
		}
		if (*p == ',')
			p++;
	}
	return 0;
bad:
	OPT_ERR("%s '%s': malformed lcore map (examples: 0-3, 0@2, "
		"(0-1)@(2,3))\n", opt, arg);
	return -1;
}

static int
parse_socket_mem(const char *arg)
{
	char buf[256];
	char *tok[RTE_MAX_NUMA_NODES + 1];
	unsigned long mb;
	int n, i;

	if (strlen(arg) >= sizeof(buf))
		goto bad;
	strcpy(buf, arg);
	n = rte_strsplit(buf, (int)sizeof(buf), tok, RTE_MAX_NUMA_NODES + 1, ',');
	if (n <= 0 || n > RTE_MAX_NUMA_NODES)
		goto bad;
	for (i = 0; i < n; i++) {
		if (parse_uint(tok[i], ULONG_MAX >> 20, &mb) != 0)
			goto bad;
		eal_cfg.socket_mem[i] = (uint64_t)mb << 20;
	}
	eal_cfg.force_sockets = true;
	return 0;
bad:
	OPT_ERR("--socket-mem '%s': expected MiB per socket, e.g. 512 or "
		"512,512 (at most %d sockets)\n", arg, RTE_MAX_NUMA_NODES);
	return -1;
}

static int
pending_dev_add(enum rte_devtype type, const char *arg)
{
	struct pending_dev *n;

	n = realloc(pending_devs, sizeof(*n) * (pending_count + 1));
	if (n == NULL)
		return -1;
	pending_devs = n;
	pending_devs[pending_count].type = type;
	pending_devs[pending_count].arg = strdup(arg);
	if (pending_devs[pending_count].arg == NULL)
		return -1;
	pending_count++;
	return 0;
}

/* After -d plugins are loaded (their buses can parse device names). */
int
eal_devargs_apply(void)
{
	static const char *const opt_names[] = {
		[RTE_DEVTYPE_ALLOWED] = "-a", [RTE_DEVTYPE_BLOCKED] = "-b",
		[RTE_DEVTYPE_VIRTUAL] = "--vdev",
	};
	unsigned int i;
	int ret;

	for (i = 0; i < pending_count; i++) {
		ret = rte_devargs_add(pending_devs[i].type, pending_devs[i].arg);
		if (ret != 0) {
			OPT_ERR("%s '%s': %s\n", opt_names[pending_devs[i].type],
				pending_devs[i].arg,
				ret == -ENODEV ? "no bus recognises this device "
				"name (PCI: DDDD:BB:DD.F; virtual: net_ring0, "
				"net_pcap0,...)" : rte_strerror(-ret));
			return -1;
		}
	}
	return 0;
}

static int
parse_one(int opt, const char *arg, const char *optname)
{
	unsigned long v;

	switch (opt) {
	case 'a':
		return pending_dev_add(RTE_DEVTYPE_ALLOWED, arg);
	case 'b':
		return pending_dev_add(RTE_DEVTYPE_BLOCKED, arg);
	case OPT_VDEV:
		return pending_dev_add(RTE_DEVTYPE_VIRTUAL, arg);
	case 'c':
		return parse_coremask(optname, arg);
	case 'l':
		return parse_corelist(optname, arg);
	case OPT_LCORES:
		return parse_lcores(optname, arg);
	case 'd':
		return eal_plugins_add(arg);
	case 'm':
		if (parse_uint(arg, ULONG_MAX >> 20, &v) != 0 || v == 0) {
			OPT_ERR("-m '%s': expected a memory size in MiB, e.g. "
				"-m 512\n", arg);
			return -1;
		}
		eal_cfg.memory = (uint64_t)v << 20;
		return 0;
	case 'n':
	case 'r':
		if (parse_uint(arg, 64, &v) != 0 || v == 0) {
			OPT_ERR("%s '%s': expected a number from 1 to 64\n",
				optname, arg);
			return -1;
		}
		return 0;
	case OPT_MAIN_LCORE:
		if (parse_uint(arg, RTE_MAX_LCORE - 1, &v) != 0) {
			OPT_ERR("--main-lcore '%s': expected an lcore id below "
				"%d\n", arg, RTE_MAX_LCORE);
			return -1;
		}
		eal_cfg.main_lcore = (unsigned int)v;
		eal_cfg.main_lcore_set = true;
		return 0;
	case OPT_LOG_LEVEL:
		return eal_log_level_parse(arg);
	case OPT_SOCKET_MEM:
		return parse_socket_mem(arg);
	case OPT_NO_HUGE:
		eal_cfg.no_hugetlbfs = true;
		return 0;
	case OPT_HUGE_DIR:
		if (arg[0] == '\0' || strlen(arg) >= sizeof(eal_cfg.hugepage_dir)) {
			OPT_ERR("--huge-dir '%s': expected a hugetlbfs mount "
				"point\n", arg);
			return -1;
		}
		rte_strlcpy(eal_cfg.hugepage_dir, arg, sizeof(eal_cfg.hugepage_dir));
		return 0;
	case OPT_FILE_PREFIX:
		if (arg[0] == '\0' || strchr(arg, '/') != NULL ||
		    strlen(arg) >= sizeof(eal_cfg.file_prefix)) {
			OPT_ERR("--file-prefix '%s': expected a name without '/' "
				"of at most %zu characters\n", arg,
				sizeof(eal_cfg.file_prefix) - 1);
			return -1;
		}
		rte_strlcpy(eal_cfg.file_prefix, arg, sizeof(eal_cfg.file_prefix));
		return 0;
	case OPT_IN_MEMORY:
		eal_cfg.in_memory = true;
		return 0;
	case OPT_NO_PCI:
		eal_cfg.no_pci = true;
		return 0;
	case OPT_IOVA_MODE:
		if (strcmp(arg, "pa") == 0) {
			eal_cfg.iova_mode_req = RTE_IOVA_PA;
		} else if (strcmp(arg, "va") == 0) {
			eal_cfg.iova_mode_req = RTE_IOVA_VA;
		} else {
			OPT_ERR("--iova-mode '%s': expected pa or va\n", arg);
			return -1;
		}
		return 0;
	case OPT_PROC_TYPE:
		if (strcmp(arg, "primary") == 0 || strcmp(arg, "auto") == 0)
			return 0;
		if (strcmp(arg, "secondary") == 0)
			OPT_ERR("--proc-type secondary: secondary processes are "
				"not supported by pmdkit (run a single primary "
				"process per --file-prefix)\n");
		else
			OPT_ERR("--proc-type '%s': expected primary or auto\n",
				arg);
		return -1;
	case OPT_SYSLOG:
		eal_cfg.syslog = true;
		return 0;
	case OPT_VFIO_INTR:
		if (strcmp(arg, "legacy") == 0)
			eal_cfg.vfio_intr_mode = RTE_INTR_MODE_LEGACY;
		else if (strcmp(arg, "msi") == 0)
			eal_cfg.vfio_intr_mode = RTE_INTR_MODE_MSI;
		else if (strcmp(arg, "msix") == 0)
			eal_cfg.vfio_intr_mode = RTE_INTR_MODE_MSIX;
		else {
			OPT_ERR("--vfio-intr '%s': expected legacy, msi or "
				"msix\n", arg);
			return -1;
		}
		return 0;
	case OPT_CREATE_UIO_DEV:
		eal_cfg.create_uio_dev = true;
		return 0;
	case OPT_MBUF_POOL_OPS:
		free(eal_cfg.mbuf_pool_ops_name);
		eal_cfg.mbuf_pool_ops_name = strdup(arg);
		return eal_cfg.mbuf_pool_ops_name != NULL ? 0 : -1;
	case OPT_SIMD_BITWIDTH:
		if (parse_uint(arg, RTE_VECT_SIMD_MAX, &v) != 0 || v < 64 ||
		    !rte_is_power_of_2((uint32_t)v)) {
			OPT_ERR("--force-max-simd-bitwidth '%s': expected a power "
				"of two from 64 to 32768\n", arg);
			return -1;
		}
		eal_cfg.max_simd_bitwidth = (uint16_t)v;
		eal_cfg.simd_forced = true;
		return 0;
	case OPT_NO_SHCONF:
		/* pmdkit never shares its configuration: nothing to turn off */
		return 0;
	case OPT_NO_TELEMETRY:
		eal_cfg.no_telemetry = true;
		return 0;
	case OPT_HUGE_UNLINK:
		eal_cfg.huge_unlink = true;
		return 0;
	default:
		return -1;
	}
}

static int
check_combinations(void)
{
	if (eal_cfg.no_hugetlbfs && eal_cfg.force_sockets) {
		OPT_ERR("--socket-mem cannot be used with --no-huge (use -m)\n");
		return -1;
	}
	if (eal_cfg.no_hugetlbfs && eal_cfg.hugepage_dir[0] != '\0') {
		OPT_ERR("--huge-dir cannot be used with --no-huge\n");
		return -1;
	}
	if (eal_cfg.memory != 0 && eal_cfg.force_sockets) {
		OPT_ERR("-m and --socket-mem cannot be used together\n");
		return -1;
	}
	if (eal_cfg.no_hugetlbfs && eal_cfg.iova_mode_req == RTE_IOVA_PA) {
		OPT_ERR("--iova-mode pa needs hugepages: drop --no-huge or use "
			"--iova-mode va\n");
		return -1;
	}
	{
		unsigned int i, na = 0, nb = 0;

		for (i = 0; i < pending_count; i++) {
			na += pending_devs[i].type == RTE_DEVTYPE_ALLOWED;
			nb += pending_devs[i].type == RTE_DEVTYPE_BLOCKED;
		}
		if (na > 0 && nb > 0) {
			OPT_ERR("-a/--allow and -b/--block cannot be used "
				"together\n");
			return -1;
		}
	}
	return 0;
}

/* Name of the option getopt just returned, for messages. */
static const char *
opt_display(char **argv, int opt)
{
	static char buf[64];
	unsigned int i;

	if (opt < OPT_LONG_MIN) {
		snprintf(buf, sizeof(buf), "-%c", opt);
		return buf;
	}
	for (i = 0; long_options[i].name != NULL; i++)
		if (long_options[i].val == opt) {
			snprintf(buf, sizeof(buf), "--%s", long_options[i].name);
			return buf;
		}
	RTE_SET_USED(argv);
	return "option";
}

int
eal_parse_args(int argc, char **argv)
{
	char *prgname = argv[0];
	int opt, ret, option_index;
	int saved_opterr = opterr;
	bool lcores_given = false;
	bool show_version = false;

	/* glibc: optind = 0 restarts scanning from scratch (re-entry, and
	 * applications that ran getopt before us) */
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, short_options, long_options,
			&option_index)) != -1) {
		if (opt == '?') {
			if (optopt != 0 && optopt < OPT_LONG_MIN &&
			    strchr(short_options, optopt) == NULL)
				OPT_ERR("unknown option '-%c' (see --help)\n",
					optopt);
			else
				OPT_ERR("unknown option '%s' (see --help)\n",
					argv[optind - 1]);
			goto fail;
		}
		if (opt == ':') {
			if (optopt != 0 && optopt < OPT_LONG_MIN)
				OPT_ERR("option '-%c' requires an argument\n",
					optopt);
			else
				OPT_ERR("option '%s' requires an argument\n",
					argv[optind - 1]);
			goto fail;
		}
		if (opt == 'h') {
			eal_usage(prgname);
			exit(EXIT_SUCCESS);
		}
		if (opt == 'v') {
			show_version = true;
			continue;
		}
		if (opt == 'c' || opt == 'l' || opt == OPT_LCORES) {
			if (lcores_given) {
				OPT_ERR("%s: only one of -c, -l and --lcores may "
					"be given\n", opt_display(argv, opt));
				goto fail;
			}
			lcores_given = true;
		}
		if (parse_one(opt, optarg, opt_display(argv, opt)) != 0)
			goto fail;
	}
	if (check_combinations() != 0)
		goto fail;
	if (!lcores_given && eal_lcores_default() != 0) {
		OPT_ERR("no usable CPU found for lcores\n");
		goto fail;
	}
	if (show_version)
		EAL_LOG(NOTICE, "RTE Version: '%s'\n", rte_version());
	if (eal_cfg.syslog)
		eal_log_set_syslog(true);
	/* the application parses what follows: give it argv[0] back */
	ret = optind - 1;
	if (optind > 0 && optind <= argc)
		argv[optind - 1] = prgname;
	optind = 1;
	opterr = saved_opterr;
	return ret;
fail:
	optind = 1;
	opterr = saved_opterr;
	rte_errno = EINVAL;
	return -1;
}
