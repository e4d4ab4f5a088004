/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * VFIO for the EAL: containers, IOMMU groups, device fds and the DMA
 * mappings of hugepage memory (Linux Documentation/driver-api/vfio.rst).
 *
 * The default container gets the IOMMU type when its first group joins it
 * (type 1, or no-IOMMU when the vfio module runs in unsafe no-IOMMU mode);
 * then every memory segment is mapped, one mapping per segment (a hugepage
 * or a --no-huge page run), never per buffer, and a memory event callback
 * maps/unmaps what the EAL adds/frees later.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/resource.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_errno.h>
#include <rte_eal.h>
#include <rte_memory.h>
#include <rte_vfio.h>

#define VFIO_LOG(level, fmt, ...) \
	RTE_LOG(level, EAL, "VFIO: " fmt "\n", ##__VA_ARGS__)

#define VFIO_MAX_GROUPS 64

struct vfio_group {
	int group_num;
	int fd;		/* -1: free slot */
	int devices;	/* device fds handed out */
};

struct vfio_container {
	int fd;			/* -1: free slot */
	int iommu_type;		/* 0 until the first group joins */
	uint64_t iova_last;	/* highest translatable IOVA (type 1) */
	struct vfio_group groups[VFIO_MAX_GROUPS];
};

static struct vfio_container containers[RTE_MAX_VFIO_CONTAINERS];
/* containers[0] is the default container. */
#define DEFAULT_CFG (&containers[0])
static pthread_mutex_t vfio_lock = PTHREAD_MUTEX_INITIALIZER;
static int vfio_enabled;
static int mem_cb_registered;

RTE_INIT(vfio_tables_init)
{
	int i, j;

	for (i = 0; i < RTE_MAX_VFIO_CONTAINERS; i++) {
		containers[i].fd = -1;
		for (j = 0; j < VFIO_MAX_GROUPS; j++)
			containers[i].groups[j].fd = -1;
	}
}

int
rte_vfio_noiommu_is_enabled(void)
{
	char c = 0;
	int fd = open(VFIO_NOIOMMU_MODE, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	if (read(fd, &c, 1) != 1)
		c = 0;
	close(fd);
	return c == 'Y' || c == 'y' || c == '1';
}

/* Open a container and check the API version; -1 if VFIO is unusable. */
static int
open_container(void)
{
	int fd = open(VFIO_CONTAINER_PATH, O_RDWR | O_CLOEXEC);

	if (fd < 0) {
		VFIO_LOG(ERR, "cannot open %s: %s; load the module with"
			" 'modprobe vfio-pci'", VFIO_CONTAINER_PATH,
			strerror(errno));
		return -1;
	}
	if (ioctl(fd, VFIO_GET_API_VERSION) != VFIO_API_VERSION) {
		VFIO_LOG(ERR, "unsupported VFIO API version");
		close(fd);
		return -1;
	}
	return fd;
}

int
rte_vfio_get_container_fd(void)
{
	int fd;

	pthread_mutex_lock(&vfio_lock);
	if (DEFAULT_CFG->fd < 0)
		DEFAULT_CFG->fd = open_container();
	fd = DEFAULT_CFG->fd;
	pthread_mutex_unlock(&vfio_lock);
	return fd;
}

int
rte_vfio_enable(const char *modname)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "/sys/module/%s",
		modname != NULL ? modname : "vfio");
	if (access(path, F_OK) != 0) {
		VFIO_LOG(DEBUG, "module %s not loaded", modname);
		return 0;
	}
	if (rte_vfio_get_container_fd() >= 0)
		vfio_enabled = 1;
	return 0;
}

int
rte_vfio_is_enabled(const char *modname)
{
	RTE_SET_USED(modname);
	return vfio_enabled;
}

int
rte_vfio_get_group_num(const char *sysfs_base, const char *dev_addr,
		int *iommu_group_num)
{
	char path[PATH_MAX], target[PATH_MAX], *end;
	const char *base;
	ssize_t n;
	long num;

	snprintf(path, sizeof(path), "%s/%s/iommu_group", sysfs_base, dev_addr);
	n = readlink(path, target, sizeof(target) - 1);
	if (n < 0)
		return errno == ENOENT ? 0 : -1;
	target[n] = '\0';
	base = strrchr(target, '/');
	base = base != NULL ? base + 1 : target;
	errno = 0;
	num = strtol(base, &end, 10);
	if (errno != 0 || *end != '\0' || num < 0 || num > INT_MAX) {
		VFIO_LOG(ERR, "%s: bad iommu group link %s", dev_addr, target);
		return -1;
	}
	*iommu_group_num = (int)num;
	return 1;
}

static struct vfio_container *
container_by_fd(int container_fd)
{
	int i;

	if (container_fd == RTE_VFIO_DEFAULT_CONTAINER_FD)
		return DEFAULT_CFG;
	for (i = 0; i < RTE_MAX_VFIO_CONTAINERS; i++)
		if (containers[i].fd >= 0 && containers[i].fd == container_fd)
			return &containers[i];
	return NULL;
}

static struct vfio_group *
group_find(struct vfio_container *c, int group_num)
{
	int i;

	for (i = 0; i < VFIO_MAX_GROUPS; i++)
		if (c->groups[i].fd >= 0 && c->groups[i].group_num == group_num)
			return &c->groups[i];
	return NULL;
}

/* Log which devices share a non-viable group and what to do about them. */
static void
explain_not_viable(int group_num)
{
	char path[PATH_MAX], list[512] = "";
	struct dirent *e;
	size_t used = 0;
	DIR *d;

	snprintf(path, sizeof(path), "/sys/kernel/iommu_groups/%d/devices",
		group_num);
	d = opendir(path);
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		used += (size_t)snprintf(list + used,
			used < sizeof(list) ? sizeof(list) - used : 0, " %s",
			e->d_name);
	}
	if (d != NULL)
		closedir(d);
	VFIO_LOG(ERR, "IOMMU group %d is not viable: every device in it (%s )"
		" must be bound to vfio-pci or unbound from its driver",
		group_num, list);
}

/* Open group group_num; -1 on error (logged). */
static int
open_group(int group_num)
{
	char path[PATH_MAX];
	struct vfio_group_status status = { .argsz = sizeof(status) };
	int fd;

	snprintf(path, sizeof(path), VFIO_GROUP_FMT, group_num);
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT && rte_vfio_noiommu_is_enabled() == 1) {
		snprintf(path, sizeof(path), VFIO_NOIOMMU_GROUP_FMT, group_num);
		fd = open(path, O_RDWR | O_CLOEXEC);
	}
	if (fd < 0) {
		VFIO_LOG(ERR, "cannot open %s: %s%s", path, strerror(errno),
			errno == EBUSY ? " (another process uses the group)" : "");
		return -1;
	}
	if (ioctl(fd, VFIO_GROUP_GET_STATUS, &status) != 0) {
		VFIO_LOG(ERR, "VFIO_GROUP_GET_STATUS on %s: %s", path,
			strerror(errno));
		close(fd);
		return -1;
	}
	if (!(status.flags & VFIO_GROUP_FLAGS_VIABLE)) {
		explain_not_viable(group_num);
		close(fd);
		return -1;
	}
	return fd;
}

/* Read the IOVA aperture of a type 1 container (capability chain). */
static uint64_t
type1_iova_last(int container_fd)
{
	struct vfio_iommu_type1_info *info;
	struct vfio_info_cap_header hdr;
	struct vfio_iommu_type1_info_cap_iova_range range;
	struct vfio_iova_range iova;
	uint64_t last = UINT64_MAX;
	size_t size = sizeof(*info);
	uint32_t i, off;

	info = calloc(1, size);
	if (info == NULL)
		return last;
	info->argsz = (uint32_t)size;
	/* First call learns the size the capability chain needs. */
	if (ioctl(container_fd, VFIO_IOMMU_GET_INFO, info) != 0)
		goto out;
	if (info->argsz > size) {
		struct vfio_iommu_type1_info *big;

		size = info->argsz;
		big = realloc(info, size);
		if (big == NULL)
			goto out;
		info = big;
		memset(info, 0, size);
		info->argsz = (uint32_t)size;
		if (ioctl(container_fd, VFIO_IOMMU_GET_INFO, info) != 0)
			goto out;
	}
	if (!(info->flags & VFIO_IOMMU_INFO_CAPS) || info->cap_offset == 0)
		goto out;
	/* Capabilities sit at 4-byte aligned offsets: copy them out. */
	for (off = info->cap_offset; off != 0 && off + sizeof(hdr) <= size;
	     off = hdr.next) {
		memcpy(&hdr, (char *)info + off, sizeof(hdr));
		if (hdr.id != VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE)
			continue;
		if (off + sizeof(range) > size)
			break;
		memcpy(&range, (char *)info + off, sizeof(range));
		last = 0;
		for (i = 0; i < range.nr_iovas &&
		     off + sizeof(range) + (i + 1) * sizeof(iova) <= size; i++) {
			memcpy(&iova, (char *)info + off + sizeof(range) +
				i * sizeof(iova), sizeof(iova));
			last = RTE_MAX(last, (uint64_t)iova.end);
		}
		break;
	}
out:
	free(info);
	return last;
}

/* Give a container its IOMMU type when its first group has joined. */
static int
set_iommu(struct vfio_container *c)
{
	int noiommu = rte_vfio_noiommu_is_enabled() == 1;
	int type = noiommu ? RTE_VFIO_NOIOMMU : VFIO_TYPE1_IOMMU;

	if (ioctl(c->fd, VFIO_CHECK_EXTENSION, type) != 1) {
		VFIO_LOG(ERR, "the kernel offers no %s IOMMU type for VFIO",
			noiommu ? "no-IOMMU" : "type 1");
		return -1;
	}
	if (ioctl(c->fd, VFIO_SET_IOMMU, type) != 0) {
		VFIO_LOG(ERR, "VFIO_SET_IOMMU: %s", strerror(errno));
		return -1;
	}
	c->iommu_type = type;
	c->iova_last = noiommu ? UINT64_MAX : type1_iova_last(c->fd);
	if (noiommu)
		VFIO_LOG(WARNING, "vfio runs in unsafe no-IOMMU mode: device DMA"
			" is not isolated and uses physical addresses");
	else
		VFIO_LOG(INFO, "type 1 IOMMU, IOVA aperture ends at 0x%" PRIx64,
			c->iova_last);
	return 0;
}

/* Bind group_num to container c; the group's entry, or NULL. Locked. */
static struct vfio_group *
group_bind_locked(struct vfio_container *c, int group_num, bool *first)
{
	struct vfio_group *g = group_find(c, group_num);
	int i, fd;

	*first = false;
	if (g != NULL)
		return g;
	for (i = 0; i < VFIO_MAX_GROUPS && c->groups[i].fd >= 0; i++)
		;
	if (i == VFIO_MAX_GROUPS) {
		VFIO_LOG(ERR, "too many IOMMU groups (max %d)", VFIO_MAX_GROUPS);
		return NULL;
	}
	if (c->fd < 0 && (c->fd = open_container()) < 0)
		return NULL;
	fd = open_group(group_num);
	if (fd < 0)
		return NULL;
	if (ioctl(fd, VFIO_GROUP_SET_CONTAINER, &c->fd) != 0) {
		VFIO_LOG(ERR, "cannot add IOMMU group %d to the container: %s",
			group_num, strerror(errno));
		close(fd);
		return NULL;
	}
	if (c->iommu_type == 0 && set_iommu(c) != 0) {
		ioctl(fd, VFIO_GROUP_UNSET_CONTAINER);
		close(fd);
		return NULL;
	}
	g = &c->groups[i];
	g->group_num = group_num;
	g->fd = fd;
	g->devices = 0;
	*first = c == DEFAULT_CFG;
	return g;
}

static void
group_close_locked(struct vfio_group *g)
{
	int i, j, left;

	ioctl(g->fd, VFIO_GROUP_UNSET_CONTAINER);
	close(g->fd);
	g->fd = -1;
	g->devices = 0;
	/* A container without groups loses its IOMMU type and mappings. */
	for (i = 0; i < RTE_MAX_VFIO_CONTAINERS; i++) {
		for (left = 0, j = 0; j < VFIO_MAX_GROUPS; j++)
			left += containers[i].groups[j].fd >= 0;
		if (left == 0)
			containers[i].iommu_type = 0;
	}
}

/* --- DMA mappings ------------------------------------------------------ */

static int
dma_map(struct vfio_container *c, uint64_t vaddr, uint64_t iova,
		uint64_t len, bool do_map)
{
	struct vfio_iommu_type1_dma_map map = {
		.argsz = sizeof(map),
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.vaddr = vaddr, .iova = iova, .size = len,
	};
	struct vfio_iommu_type1_dma_unmap unmap = {
		.argsz = sizeof(unmap), .iova = iova, .size = len,
	};
	struct rlimit rl;

	/* No-IOMMU: the device uses physical addresses, nothing to map. */
	if (c->iommu_type != VFIO_TYPE1_IOMMU)
		return 0;
	if (!do_map) {
		if (ioctl(c->fd, VFIO_IOMMU_UNMAP_DMA, &unmap) != 0) {
			VFIO_LOG(ERR, "cannot unmap IOVA 0x%" PRIx64 ": %s",
				iova, strerror(errno));
			return -1;
		}
		return 0;
	}
	if (iova + len - 1 > c->iova_last) {
		VFIO_LOG(ERR, "IOVA 0x%" PRIx64 "+0x%" PRIx64 " is beyond the IOMMU"
			" aperture (last 0x%" PRIx64 "); use --iova-mode=pa",
			iova, len, c->iova_last);
		rte_errno = EINVAL;
		return -1;
	}
	if (ioctl(c->fd, VFIO_IOMMU_MAP_DMA, &map) == 0 || errno == EEXIST)
		return 0;
	rte_errno = errno;
	if (errno == ENOMEM && getrlimit(RLIMIT_MEMLOCK, &rl) == 0 &&
	    rl.rlim_cur != RLIM_INFINITY)
		VFIO_LOG(ERR, "cannot map %" PRIu64 " bytes for DMA: locked memory"
			" limit is %llu bytes; raise it with 'ulimit -l unlimited'"
			" or 'prlimit --memlock=unlimited --pid %d'", len,
			(unsigned long long)rl.rlim_cur, (int)getpid());
	else
		VFIO_LOG(ERR, "VFIO_IOMMU_MAP_DMA va 0x%" PRIx64 " iova 0x%" PRIx64
			" len 0x%" PRIx64 ": %s", vaddr, iova, len,
			strerror(errno));
	return -1;
}

static int
map_memseg(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
		void *arg)
{
	struct vfio_container *c = arg;

	/* External memory is the application's business (dma_map API). */
	if (msl->external || ms->iova == RTE_BAD_IOVA)
		return 0;
	return dma_map(c, ms->addr_64, ms->iova, ms->len, true) == 0 ? 0 : -1;
}

/* Memory added or freed after the devices were set up. */
static void
vfio_mem_event(enum rte_mem_event type, const void *addr, size_t len,
		void *arg __rte_unused)
{
	struct vfio_container *c = DEFAULT_CFG;
	const struct rte_memseg_list *msl;
	uintptr_t va = (uintptr_t)addr, end = va + len;
	size_t pgsz;

	msl = rte_mem_virt2memseg_list(addr);
	if (msl == NULL || msl->external || c->iommu_type != VFIO_TYPE1_IOMMU)
		return;
	pgsz = msl->page_sz;
	/* One mapping per page: pages freed later unmap one by one. */
	for (; va < end; va += pgsz) {
		rte_iova_t iova = rte_mem_virt2iova((void *)va);

		if (iova == RTE_BAD_IOVA)
			continue;
		dma_map(c, va, iova, pgsz, type == RTE_MEM_EVENT_ALLOC);
	}
}

/* After the default container got its IOMMU: map all memory, follow it. */
static int
default_container_map_all(void)
{
	if (DEFAULT_CFG->iommu_type != VFIO_TYPE1_IOMMU)
		return 0;
	if (rte_memseg_walk(map_memseg, DEFAULT_CFG) != 0) {
		VFIO_LOG(ERR, "cannot map the memory segments for DMA");
		return -1;
	}
	if (!mem_cb_registered &&
	    rte_mem_event_callback_register("vfio_mem_event", vfio_mem_event,
			NULL) == 0)
		mem_cb_registered = 1;
	return 0;
}

int
rte_vfio_container_dma_map(int container_fd, uint64_t vaddr, uint64_t iova,
		uint64_t len)
{
	struct vfio_container *c = container_by_fd(container_fd);

	if (c == NULL || c->fd < 0 || len == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	return dma_map(c, vaddr, iova, len, true);
}

int
rte_vfio_container_dma_unmap(int container_fd, uint64_t vaddr, uint64_t iova,
		uint64_t len)
{
	struct vfio_container *c = container_by_fd(container_fd);

	if (c == NULL || c->fd < 0 || len == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	return dma_map(c, vaddr, iova, len, false);
}

/* --- devices ------------------------------------------------------------ */

int
rte_vfio_setup_device(const char *sysfs_base, const char *dev_addr,
		int *vfio_dev_fd, struct vfio_device_info *device_info)
{
	struct vfio_group *g;
	int group_num, ret, fd;
	bool first;

	ret = rte_vfio_get_group_num(sysfs_base, dev_addr, &group_num);
	if (ret <= 0) {
		if (ret == 0)
			VFIO_LOG(ERR, "%s has no IOMMU group: boot with"
				" intel_iommu=on, or enable no-IOMMU mode (echo Y > %s)",
				dev_addr, VFIO_NOIOMMU_MODE);
		return ret == 0 ? 1 : -1;
	}
	pthread_mutex_lock(&vfio_lock);
	g = group_bind_locked(DEFAULT_CFG, group_num, &first);
	if (g == NULL) {
		pthread_mutex_unlock(&vfio_lock);
		return -1;
	}
	fd = ioctl(g->fd, VFIO_GROUP_GET_DEVICE_FD, dev_addr);
	if (fd < 0) {
		VFIO_LOG(ERR, "cannot get a VFIO fd for %s: %s", dev_addr,
			strerror(errno));
		goto fail;
	}
	device_info->argsz = sizeof(*device_info);
	if (ioctl(fd, VFIO_DEVICE_GET_INFO, device_info) != 0) {
		VFIO_LOG(ERR, "VFIO_DEVICE_GET_INFO on %s: %s", dev_addr,
			strerror(errno));
		close(fd);
		goto fail;
	}
	g->devices++;
	pthread_mutex_unlock(&vfio_lock);
	/* The walk takes the memory lock: done without holding ours. */
	if (first && default_container_map_all() != 0) {
		rte_vfio_release_device(sysfs_base, dev_addr, fd);
		return -1;
	}
	vfio_enabled = 1;
	*vfio_dev_fd = fd;
	return 0;
fail:
	if (g->devices == 0)
		group_close_locked(g);
	pthread_mutex_unlock(&vfio_lock);
	return -1;
}

int
rte_vfio_release_device(const char *sysfs_base, const char *dev_addr, int fd)
{
	struct vfio_group *g;
	int group_num;

	if (rte_vfio_get_group_num(sysfs_base, dev_addr, &group_num) <= 0)
		return -1;
	close(fd);
	pthread_mutex_lock(&vfio_lock);
	g = group_find(DEFAULT_CFG, group_num);
	if (g != NULL && --g->devices <= 0)
		group_close_locked(g);
	pthread_mutex_unlock(&vfio_lock);
	return 0;
}

int
rte_vfio_get_group_fd(int iommu_group_num)
{
	struct vfio_group *g;
	bool first;
	int fd;

	pthread_mutex_lock(&vfio_lock);
	g = group_bind_locked(DEFAULT_CFG, iommu_group_num, &first);
	fd = g != NULL ? g->fd : -1;
	pthread_mutex_unlock(&vfio_lock);
	if (first)
		default_container_map_all();
	return fd;
}

int
rte_vfio_clear_group(int vfio_group_fd)
{
	int i, j;

	pthread_mutex_lock(&vfio_lock);
	for (i = 0; i < RTE_MAX_VFIO_CONTAINERS; i++)
		for (j = 0; j < VFIO_MAX_GROUPS; j++)
			if (containers[i].groups[j].fd == vfio_group_fd) {
				containers[i].groups[j].fd = -1;
				containers[i].groups[j].devices = 0;
			}
	pthread_mutex_unlock(&vfio_lock);
	return 0;
}

int
rte_vfio_container_create(void)
{
	int i, fd = -1;

	pthread_mutex_lock(&vfio_lock);
	for (i = 1; i < RTE_MAX_VFIO_CONTAINERS; i++) {
		if (containers[i].fd >= 0)
			continue;
		fd = open_container();
		containers[i].fd = fd;
		containers[i].iommu_type = 0;
		break;
	}
	pthread_mutex_unlock(&vfio_lock);
	if (i == RTE_MAX_VFIO_CONTAINERS)
		VFIO_LOG(ERR, "no free container slot (max %d)",
			RTE_MAX_VFIO_CONTAINERS);
	return fd;
}

int
rte_vfio_container_destroy(int container_fd)
{
	struct vfio_container *c;
	int j;

	pthread_mutex_lock(&vfio_lock);
	c = container_by_fd(container_fd);
	if (c == NULL || c == DEFAULT_CFG || c->fd < 0) {
		pthread_mutex_unlock(&vfio_lock);
		rte_errno = EINVAL;
		return -1;
	}
	for (j = 0; j < VFIO_MAX_GROUPS; j++)
		if (c->groups[j].fd >= 0)
			group_close_locked(&c->groups[j]);
	close(c->fd);
	c->fd = -1;
	c->iommu_type = 0;
	pthread_mutex_unlock(&vfio_lock);
	return 0;
}

int
rte_vfio_container_group_bind(int container_fd, int iommu_group_num)
{
	struct vfio_container *c;
	struct vfio_group *g = NULL;
	bool first = false;

	pthread_mutex_lock(&vfio_lock);
	c = container_by_fd(container_fd);
	if (c != NULL)
		g = group_bind_locked(c, iommu_group_num, &first);
	pthread_mutex_unlock(&vfio_lock);
	if (first)
		default_container_map_all();
	return g != NULL ? g->fd : -1;
}

int
rte_vfio_container_group_unbind(int container_fd, int iommu_group_num)
{
	struct vfio_container *c;
	struct vfio_group *g = NULL;

	pthread_mutex_lock(&vfio_lock);
	c = container_by_fd(container_fd);
	if (c != NULL)
		g = group_find(c, iommu_group_num);
	if (g != NULL)
		group_close_locked(g);
	pthread_mutex_unlock(&vfio_lock);
	return g != NULL ? 0 : -1;
}

int
rte_vfio_get_iova_limit(int iommu_group_num, uint64_t *last)
{
	struct vfio_group *g;
	int cfd, gfd, ret = -1;

	if (rte_vfio_noiommu_is_enabled() == 1)
		return -1;
	pthread_mutex_lock(&vfio_lock);
	g = group_find(DEFAULT_CFG, iommu_group_num);
	if (g != NULL && DEFAULT_CFG->iommu_type == VFIO_TYPE1_IOMMU) {
		*last = DEFAULT_CFG->iova_last;
		pthread_mutex_unlock(&vfio_lock);
		return 0;
	}
	pthread_mutex_unlock(&vfio_lock);
	/* A throw-away container: the group is closed again right after. */
	cfd = open_container();
	if (cfd < 0)
		return -1;
	gfd = open_group(iommu_group_num);
	if (gfd >= 0) {
		if (ioctl(gfd, VFIO_GROUP_SET_CONTAINER, &cfd) == 0) {
			if (ioctl(cfd, VFIO_SET_IOMMU, VFIO_TYPE1_IOMMU) == 0) {
				*last = type1_iova_last(cfd);
				ret = 0;
			}
			ioctl(gfd, VFIO_GROUP_UNSET_CONTAINER);
		}
		close(gfd);
	}
	close(cfd);
	return ret;
}
