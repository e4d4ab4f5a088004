#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""csum forwarding from an rx_pcap with good and corrupted IPv4 header,
UDP and TCP checksums (IPv4, IPv6, VLAN-tagged): the bad ones are counted
exactly (Bad-ipcsum / Bad-l4csum), and every frame written to tx_pcap has
correct checksums (the pcap PMD has no checksum offload, so they are
computed in software) and an unchanged payload."""
import os
import struct
import sys

from tpharness import (tmpdir, Testpmd, check, fwd_stats, check_pools_full,
                       pcap_read, pcap_write, mac_bytes, csum16, ipv4_hdr,
                       l4_cksum_v4, l4_cksum_v6)

binary = sys.argv[1]
tmp = tmpdir('tp_csum_')
ETH = mac_bytes('02:00:00:00:00:00') + mac_bytes('00:11:22:33:44:55')
S4, D4 = bytes([192, 168, 1, 1]), bytes([192, 168, 1, 2])
S6, D6 = bytes(range(16)), bytes(range(16, 32))


def l4(proto, i):
    payload = b'payload-%04d' % i
    if proto == 17:
        return struct.pack('!HHHH', 5000 + i, 53, 8 + len(payload), 0) + \
            payload
    return struct.pack('!HHIIBBHHH', 6000 + i, 80, i, 0, 0x50, 0x18, 512,
                       0, 0) + payload


def set_l4_cksum(proto, seg, c):
    off = 6 if proto == 17 else 16
    return seg[:off] + struct.pack('!H', c) + seg[off + 2:]


def v4(proto, i, bad_ip=False, bad_l4=False, zero_udp=False, vlan=False):
    seg = l4(proto, i)
    c = 0 if zero_udp else l4_cksum_v4(S4, D4, proto, seg)
    seg = set_l4_cksum(proto, seg, c ^ (0x1234 if bad_l4 else 0))
    ip = ipv4_hdr(S4, D4, proto, len(seg))
    if bad_ip:
        ip = ip[:10] + struct.pack('!H', csum16(ip) ^ 0xbeef) + ip[12:]
    if vlan:
        return ETH + b'\x81\x00\x00\x05\x08\x00' + ip + seg
    return ETH + b'\x08\x00' + ip + seg


def v6(proto, i, bad_l4=False):
    seg = l4(proto, i)
    c = l4_cksum_v6(S6, D6, proto, seg) ^ (0x4321 if bad_l4 else 0)
    seg = set_l4_cksum(proto, seg, c)
    ip = struct.pack('!IHBB', 0x60000000, len(seg), proto, 64) + S6 + D6
    return ETH + b'\x86\xdd' + ip + seg


frames = []
bad_ip = bad_l4 = 0
for i in range(40):
    kind = i % 10
    if kind == 0:
        frames.append(v4(17, i))
    elif kind == 1:
        frames.append(v4(17, i, bad_l4=True)); bad_l4 += 1
    elif kind == 2:
        frames.append(v4(6, i, bad_ip=True)); bad_ip += 1
    elif kind == 3:
        frames.append(v4(6, i, bad_l4=True)); bad_l4 += 1
    elif kind == 4:
        frames.append(v4(17, i, bad_ip=True, bad_l4=True))
        bad_ip += 1; bad_l4 += 1
    elif kind == 5:
        frames.append(v4(17, i, zero_udp=True))   # "no checksum": not bad
    elif kind == 6:
        frames.append(v6(17, i, bad_l4=True)); bad_l4 += 1
    elif kind == 7:
        frames.append(v6(6, i))
    elif kind == 8:
        frames.append(v4(6, i, bad_l4=True, vlan=True)); bad_l4 += 1
    else:
        frames.append(v6(6, i, bad_l4=True)); bad_l4 += 1

pin, pout = os.path.join(tmp, 'in.pcap'), os.path.join(tmp, 'out.pcap')
pcap_write(pin, frames)
tp = Testpmd(binary, 'csum', ['net_pcap0,rx_pcap=%s,tx_pcap=%s' % (pin, pout)],
             ['-i', '--total-num-mbufs=2048', '--forward-mode=csum'])
tp.send('start')
tp.wait_stats(0, lambda s: s['tx_packets'] >= len(frames),
              'all frames sent')
rc, out = tp.finish(('stop', 'quit'))
check(rc == 0, 'exit code 0')
ports, _ = fwd_stats(out)
p = ports[0]
check(p['rx'] == len(frames) and p['tx'] == len(frames),
      'all %d frames received and sent' % len(frames))
check(p['bad_ip'] == bad_ip, 'Bad-ipcsum %d == %d corrupted IP headers' %
      (p['bad_ip'], bad_ip))
check(p['bad_l4'] == bad_l4, 'Bad-l4csum %d == %d corrupted L4 checksums' %
      (p['bad_l4'], bad_l4))
check_pools_full(out)

res = pcap_read(pout)
check(len(res) == len(frames), '%d frames written' % len(res))
for n, (o, i) in enumerate(zip(res, frames)):
    off = 18 if o[12:14] == b'\x81\x00' else 14
    etype = o[off - 2:off]
    if etype == b'\x08\x00':
        ip = o[off:off + 20]
        proto, src, dst = ip[9], ip[12:16], ip[16:20]
        seg = o[off + 20:]
        good = csum16(ip) == 0 and \
            l4_cksum_v4(src, dst, proto, seg) == 0
        if proto == 17:
            good = good and seg[6:8] != b'\0\0'
    else:
        proto = o[off + 6]
        seg = o[off + 40:]
        good = l4_cksum_v6(o[off + 8:off + 24], o[off + 24:off + 40], proto,
                           seg) == 0
    if not good:
        check(False, 'frame %d has valid checksums: %s' % (n, o.hex()))
    # payload (past the L4 header) unchanged
    hl = 8 if proto == 17 else 20
    if o[-12:] != i[-12:] or len(o) != len(i):
        check(False, 'frame %d payload unchanged' % n)
check(True, 'every output frame has valid IP/UDP/TCP checksums and its '
      'payload unchanged')
