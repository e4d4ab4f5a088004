/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Bus framework test with a bus of its own ("tb"): devices named "tb<N>"
 * come from devargs (-a/--vdev or hot-plug), probing "tbfail<N>" fails.
 *   test_eal_bus <EAL options> -- run    checks scan/probe/hotplug/devargs
 * With "-a tbfail0" rte_eal_init must fail (the device was named
 * explicitly); the option test checks that message.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bus_driver.h>
#include <dev_driver.h>
#include <rte_bus.h>
#include <rte_common.h>
#include <rte_dev.h>
#include <rte_devargs.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memory.h>

#define MAX_DEVS 8

static struct rte_device devs[MAX_DEVS];
static char names[MAX_DEVS][RTE_DEV_NAME_MAX_LEN];
static bool present[MAX_DEVS];
static const struct rte_driver tb_driver = { .name = "tb_driver" };
static int scans, probes, unplugs, cleanups;
static struct rte_bus tb_bus;

static int
tb_parse(const char *name, void *addr)
{
	RTE_SET_USED(addr);
	return strncmp(name, "tb", 2) == 0 ? 0 : 1;
}

/* one device per devargs of this bus */
static int
tb_scan(void)
{
	struct rte_devargs *da;
	int i;

	scans++;
	RTE_EAL_DEVARGS_FOREACH("tb", da) {
		for (i = 0; i < MAX_DEVS; i++)
			if (present[i] && strcmp(names[i], da->name) == 0)
				break;
		if (i < MAX_DEVS)
			continue;
		for (i = 0; i < MAX_DEVS && present[i]; i++)
			;
		if (i == MAX_DEVS)
			return -ENOSPC;
		strcpy(names[i], da->name);
		memset(&devs[i], 0, sizeof(devs[i]));
		devs[i].name = names[i];
		devs[i].bus = &tb_bus;
		devs[i].devargs = da;
		devs[i].numa_node = SOCKET_ID_ANY;
		present[i] = true;
	}
	return 0;
}

static int
tb_plug(struct rte_device *dev)
{
	if (strncmp(dev->name, "tbfail", 6) == 0) {
		rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL,
			"TB: %s: probe refused (test)\n", dev->name);
		return -EIO;
	}
	dev->driver = &tb_driver;
	probes++;
	return 0;
}

static int
tb_probe(void)
{
	int i, ret = 0;

	for (i = 0; i < MAX_DEVS; i++)
		if (present[i] && devs[i].driver == NULL &&
		    tb_plug(&devs[i]) != 0)
			ret = -1;
	return ret;
}

static struct rte_device *
tb_find(const struct rte_device *start, rte_dev_cmp_t cmp, const void *data)
{
	int i = 0;

	if (start != NULL)
		i = (int)((const struct rte_device *)start - devs) + 1;
	for (; i < MAX_DEVS; i++)
		if (present[i] && cmp(&devs[i], data) == 0)
			return &devs[i];
	return NULL;
}

static int
tb_unplug(struct rte_device *dev)
{
	int i = (int)(dev - devs);

	dev->driver = NULL;
	present[i] = false;
	rte_devargs_remove(dev->devargs);
	unplugs++;
	return 0;
}

static int
tb_cleanup(void)
{
	cleanups++;
	return 0;
}

static enum rte_iova_mode
tb_iommu(void)
{
	return RTE_IOVA_VA;
}

static struct rte_bus tb_bus = {
	.scan = tb_scan,
	.probe = tb_probe,
	.find_device = tb_find,
	.plug = tb_plug,
	.unplug = tb_unplug,
	.parse = tb_parse,
	.get_iommu_class = tb_iommu,
	.cleanup = tb_cleanup,
};
RTE_REGISTER_BUS(tb, tb_bus);

static int failures;
#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		failures++; \
		printf("FAIL line %d: %s: ", __LINE__, #cond); \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} \
} while (0)

static int event_calls;
static void
ev_cb(const char *name, enum rte_dev_event_type ev, void *arg)
{
	RTE_SET_USED(arg);
	if (strcmp(name, "tb7") == 0 && ev == RTE_DEV_EVENT_REMOVE)
		event_calls++;
}

static int
cmp_name(const struct rte_device *d, const void *n)
{
	return strcmp(d->name, n);
}

int
main(int argc, char **argv)
{
	struct rte_devargs da;
	struct rte_device *dev;
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		printf("init failed: rte_errno=%d\n", rte_errno);
		return 2;
	}
	/* -a tb0,speed=10 --vdev tb1 were given */
	CHECK(rte_bus_find_by_name("tb") == &tb_bus, "find by name");
	CHECK(strcmp(rte_bus_name(&tb_bus), "tb") == 0, "name");
	CHECK(rte_eal_iova_mode() == RTE_IOVA_VA, "bus asked for VA: %d",
		rte_eal_iova_mode());
	CHECK(scans == 1 && probes == 2, "scans %d probes %d", scans, probes);
	CHECK(tb_bus.conf.scan_mode == RTE_BUS_SCAN_ALLOWLIST, "allow list mode");
	dev = tb_find(NULL, cmp_name, "tb0");
	CHECK(dev != NULL && rte_dev_is_probed(dev) &&
		strcmp(rte_dev_devargs(dev)->args, "speed=10") == 0, "tb0 args");
	CHECK(rte_devargs_type_count(RTE_DEVTYPE_ALLOWED) == 1 &&
		rte_devargs_type_count(RTE_DEVTYPE_VIRTUAL) == 1, "devargs counts");
	CHECK(rte_bus_find_by_device(dev) == &tb_bus, "bus of device");

	/* devargs parsing: explicit bus, bus found by parse(), errors */
	CHECK(rte_devargs_parse(&da, "tb:tb3,a=1,b=2") == 0 && da.bus == &tb_bus &&
		strcmp(da.name, "tb3") == 0 && strcmp(da.args, "a=1,b=2") == 0,
		"explicit bus");
	rte_devargs_reset(&da);
	CHECK(rte_devargs_parse(&da, "tb4") == 0 && da.bus == &tb_bus &&
		da.args[0] == '\0', "bus by parse");
	rte_devargs_reset(&da);
	CHECK(rte_devargs_parse(&da, "zz9") == -ENODEV, "no bus");
	CHECK(rte_devargs_parse(&da, "tb:xx") == -EINVAL, "not a tb name");
	CHECK(rte_devargs_parse(&da, ",a=1") == -EINVAL, "empty name");

	/* hot-plug and unplug, with a device event callback */
	CHECK(rte_dev_event_callback_register("tb7", ev_cb, NULL) == 0, "ev reg");
	CHECK(rte_dev_probe("tb:tb7,x=y") == 0, "hotplug");
	dev = tb_find(NULL, cmp_name, "tb7");
	CHECK(dev != NULL && rte_dev_is_probed(dev), "tb7 probed");
	CHECK(rte_dev_probe("tb7") == -EEXIST, "double hotplug");
	CHECK(rte_dev_probe("tb:tbfail3") == -EIO, "failing probe: %d",
		rte_dev_probe("tb:tbfail3"));
	CHECK(rte_eal_hotplug_remove("tb", "tb7") == 0 && unplugs == 1, "remove");
	rte_dev_event_callback_process("tb7", RTE_DEV_EVENT_REMOVE);
	CHECK(event_calls == 1, "event callback %d", event_calls);
	CHECK(rte_dev_event_callback_unregister("tb7", ev_cb, (void *)-1) == 1,
		"ev unreg");
	CHECK(rte_eal_hotplug_add("tb", "tb6", "k=v") == 0, "hotplug_add");
	CHECK(rte_eal_hotplug_remove("tb", "tb6") == 0, "hotplug_remove");
	CHECK(rte_eal_hotplug_remove("nobus", "x") == -ENOENT, "no such bus");

	rte_eal_cleanup();
	CHECK(cleanups == 1, "bus cleanup called %d times", cleanups);
	printf("bus: %s (%d failures)\n", failures ? "FAILED" : "passed",
		failures);
	return failures ? 3 : 0;
}
