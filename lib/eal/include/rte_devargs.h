/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Device arguments (DPDK 22.11 rte_devargs.h): what the user said about a
 * device on the command line (-a/-b/--vdev) or at hot-plug time.
 */
#ifndef _RTE_DEVARGS_H_
#define _RTE_DEVARGS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <sys/queue.h>
#include <rte_common.h>
#include <rte_dev.h>

/** Whether a device is allowed or blocked. */
enum rte_dev_policy {
	RTE_DEV_ALLOWED,
	RTE_DEV_BLOCKED,
};

/** Legacy device type of a devargs entry. */
enum rte_devtype {
	RTE_DEVTYPE_ALLOWED,	/**< -a: allowed PCI device */
	RTE_DEVTYPE_BLOCKED,	/**< -b: blocked PCI device */
	RTE_DEVTYPE_VIRTUAL,	/**< --vdev: virtual device */
};

/** One device's arguments. */
struct rte_devargs {
	TAILQ_ENTRY(rte_devargs) next;	/**< list link */
	enum rte_devtype type;		/**< legacy type */
	enum rte_dev_policy policy;	/**< allowed or blocked */
	char name[RTE_DEV_NAME_MAX_LEN]; /**< device name on its bus */
	union {
		const char *args;	/**< "key=val,..." after the name */
		const char *drv_str;
	};
	struct rte_bus *bus;		/**< bus that owns the device */
	struct rte_class *cls;		/**< unused, for compatibility */
	const char *bus_str;		/**< bus part of the string */
	const char *cls_str;		/**< class part of the string */
	char *data;			/**< storage the strings point into */
};

/**
 * Parse "[bus:]name[,key=val...]" into da (fields allocated; release with
 * rte_devargs_reset). The bus is the one named, else the first bus whose
 * parse() recognises the name. @return 0 or negative errno.
 */
int rte_devargs_parse(struct rte_devargs *da, const char *dev);
/** printf-style variant of rte_devargs_parse. */
int rte_devargs_parsef(struct rte_devargs *da, const char *format, ...)
	__rte_format_printf(2, 3);
/** Add a devargs to the global list; replaces one with the same name. */
int rte_devargs_insert(struct rte_devargs **da);
/** Parse devargs_str and add it to the global list with devtype. */
int rte_devargs_add(enum rte_devtype devtype, const char *devargs_str);
/** Remove (and free) an entry of the global list. 0, <0 error, >0 not found. */
int rte_devargs_remove(struct rte_devargs *devargs);
/** Number of entries of a type. */
unsigned int rte_devargs_type_count(enum rte_devtype devtype);
/** Print the list. */
void rte_devargs_dump(FILE *f);
/** Next entry after start for busname (NULL: any bus), NULL at the end. */
struct rte_devargs *rte_devargs_next(const char *busname,
	const struct rte_devargs *start);
/** Free what rte_devargs_parse allocated inside da. */
void rte_devargs_reset(struct rte_devargs *da);

/** Iterate over the devargs of a bus. */
#define RTE_EAL_DEVARGS_FOREACH(busname, da) \
	for (da = rte_devargs_next(busname, NULL); da != NULL; \
	     da = rte_devargs_next(busname, da))

#ifdef __cplusplus
}
#endif

#endif /* _RTE_DEVARGS_H_ */
