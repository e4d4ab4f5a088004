/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_intr_enable/disable/ack for PCI interrupt handles, registered with
 * the EAL's per-type hooks (eal_intr_ops.h):
 *  - VFIO MSI-X/MSI/INTx: VFIO_DEVICE_SET_IRQS attaches the handle's eventfd
 *    (vector 0) and the rx queue eventfds (vectors 1..nb_efd) to the device;
 *    INTx is level triggered, so vfio-pci masks it on each interrupt and
 *    ack unmasks it (Documentation/driver-api/vfio.rst, linux/vfio.h);
 *  - uio_pci_generic: the kernel masks INTx with the command register's
 *    INTx disable bit (PCI 3.0, 6.2.2); enable/ack clear the bit through the
 *    sysfs config fd (the handle's dev_fd);
 *  - igb_uio: writing a 32-bit 1/0 to /dev/uioN unmasks/masks.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>

#include <rte_interrupts.h>
#include <eal_intr_ops.h>
#include <rte_vfio.h>

#include "pci_private.h"

#define MAX_VECTORS (RTE_MAX_RXTX_INTR_VEC_ID + 1)

static uint32_t
vfio_index(enum rte_intr_handle_type type)
{
	switch (type) {
	case RTE_INTR_HANDLE_VFIO_MSIX: return VFIO_PCI_MSIX_IRQ_INDEX;
	case RTE_INTR_HANDLE_VFIO_MSI: return VFIO_PCI_MSI_IRQ_INDEX;
	default: return VFIO_PCI_INTX_IRQ_INDEX;
	}
}

/* One VFIO_DEVICE_SET_IRQS call with nfds eventfds (0: DATA_NONE). */
static int
vfio_set_irqs(int dev_fd, uint32_t index, uint32_t action,
		const int *fds, uint32_t count, bool with_fds)
{
	size_t len = sizeof(struct vfio_irq_set) +
		(with_fds ? sizeof(int) * count : 0);
	struct vfio_irq_set *set = calloc(1, len);
	int ret;

	if (set == NULL)
		return -1;
	set->argsz = (uint32_t)len;
	set->flags = action | (with_fds ? VFIO_IRQ_SET_DATA_EVENTFD :
		VFIO_IRQ_SET_DATA_NONE);
	set->index = index;
	set->start = 0;
	set->count = count;
	if (with_fds)
		memcpy(set->data, fds, sizeof(int) * count);
	ret = ioctl(dev_fd, VFIO_DEVICE_SET_IRQS, set);
	free(set);
	if (ret != 0)
		PCI_LOG(ERR, "VFIO_DEVICE_SET_IRQS (index %u, %u vectors): %s",
			index, count, strerror(errno));
	return ret == 0 ? 0 : -1;
}

static int
vfio_intr_enable(const struct rte_intr_handle *h)
{
	enum rte_intr_handle_type type = rte_intr_type_get(h);
	int dev_fd = rte_intr_dev_fd_get(h);
	int fds[MAX_VECTORS];
	uint32_t count = 1, i;
	int nb_efd;

	fds[0] = rte_intr_fd_get(h);
	if (type == RTE_INTR_HANDLE_VFIO_MSIX) {
		/* Vector 0: the device (link, other causes); 1..: rx queues. */
		nb_efd = rte_intr_nb_efd_get(h);
		for (i = 0; nb_efd > 0 && i < (uint32_t)nb_efd &&
				i + 1 < MAX_VECTORS; i++)
			fds[i + 1] = rte_intr_efds_index_get(h, (int)i);
		count += i;
	}
	if (vfio_set_irqs(dev_fd, vfio_index(type),
			VFIO_IRQ_SET_ACTION_TRIGGER, fds, count, true) != 0)
		return -1;
	if (type == RTE_INTR_HANDLE_VFIO_LEGACY)
		return vfio_set_irqs(dev_fd, VFIO_PCI_INTX_IRQ_INDEX,
			VFIO_IRQ_SET_ACTION_UNMASK, NULL, 1, false);
	return 0;
}

static int
vfio_intr_disable(const struct rte_intr_handle *h)
{
	enum rte_intr_handle_type type = rte_intr_type_get(h);
	int dev_fd = rte_intr_dev_fd_get(h);

	if (type == RTE_INTR_HANDLE_VFIO_LEGACY)
		vfio_set_irqs(dev_fd, VFIO_PCI_INTX_IRQ_INDEX,
			VFIO_IRQ_SET_ACTION_MASK, NULL, 1, false);
	/* count 0 with DATA_NONE and TRIGGER tears every vector down. */
	return vfio_set_irqs(dev_fd, vfio_index(type),
		VFIO_IRQ_SET_ACTION_TRIGGER, NULL, 0, false);
}

static int
vfio_intx_ack(const struct rte_intr_handle *h)
{
	return vfio_set_irqs(rte_intr_dev_fd_get(h), VFIO_PCI_INTX_IRQ_INDEX,
		VFIO_IRQ_SET_ACTION_UNMASK, NULL, 1, false);
}

/* Edge-triggered message interrupts need no ack. */
static int
vfio_msi_ack(const struct rte_intr_handle *h __rte_unused)
{
	return 0;
}

/* Set or clear the INTx disable bit through the sysfs config fd. */
static int
uio_intx_mask(const struct rte_intr_handle *h, bool mask)
{
	int cfg_fd = rte_intr_dev_fd_get(h);
	uint16_t cmd;

	if (pread(cfg_fd, &cmd, sizeof(cmd), RTE_PCI_COMMAND) != sizeof(cmd)) {
		PCI_LOG(ERR, "cannot read the PCI command register: %s",
			strerror(errno));
		return -1;
	}
	if (mask)
		cmd |= RTE_PCI_COMMAND_INTX_DISABLE;
	else
		cmd &= (uint16_t)~RTE_PCI_COMMAND_INTX_DISABLE;
	if (pwrite(cfg_fd, &cmd, sizeof(cmd), RTE_PCI_COMMAND) != sizeof(cmd)) {
		PCI_LOG(ERR, "cannot write the PCI command register: %s",
			strerror(errno));
		return -1;
	}
	return 0;
}

static int uio_intx_enable(const struct rte_intr_handle *h)
{ return uio_intx_mask(h, false); }
static int uio_intx_disable(const struct rte_intr_handle *h)
{ return uio_intx_mask(h, true); }

static int
igb_uio_write(const struct rte_intr_handle *h, int32_t on)
{
	if (write(rte_intr_fd_get(h), &on, sizeof(on)) != sizeof(on)) {
		PCI_LOG(ERR, "cannot %s the uio interrupt: %s",
			on ? "unmask" : "mask", strerror(errno));
		return -1;
	}
	return 0;
}

static int igb_uio_enable(const struct rte_intr_handle *h)
{ return igb_uio_write(h, 1); }
static int igb_uio_disable(const struct rte_intr_handle *h)
{ return igb_uio_write(h, 0); }

static const struct rte_intr_type_ops vfio_msi_ops = {
	.enable = vfio_intr_enable, .disable = vfio_intr_disable,
	.ack = vfio_msi_ack,
};
static const struct rte_intr_type_ops vfio_intx_ops = {
	.enable = vfio_intr_enable, .disable = vfio_intr_disable,
	.ack = vfio_intx_ack,
};
static const struct rte_intr_type_ops uio_intx_ops = {
	.enable = uio_intx_enable, .disable = uio_intx_disable,
	.ack = uio_intx_enable,
};
static const struct rte_intr_type_ops igb_uio_ops = {
	.enable = igb_uio_enable, .disable = igb_uio_disable,
	.ack = igb_uio_enable,
};

RTE_INIT(pci_intr_ops_init)
{
	rte_intr_type_ops_register(RTE_INTR_HANDLE_VFIO_MSIX, &vfio_msi_ops);
	rte_intr_type_ops_register(RTE_INTR_HANDLE_VFIO_MSI, &vfio_msi_ops);
	rte_intr_type_ops_register(RTE_INTR_HANDLE_VFIO_LEGACY, &vfio_intx_ops);
	rte_intr_type_ops_register(RTE_INTR_HANDLE_UIO_INTX, &uio_intx_ops);
	rte_intr_type_ops_register(RTE_INTR_HANDLE_UIO, &igb_uio_ops);
}
