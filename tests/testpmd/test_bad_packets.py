#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Malformed frames (runts, truncated or lying IPv4/IPv6/ARP/ICMP headers)
through every engine that parses packets: testpmd neither crashes nor
loses count; every frame received is either sent or counted dropped, and
every mbuf is back in its pool."""
import os
import struct
import sys

from tpharness import (tmpdir, Testpmd, check, fwd_stats, check_pools_full,
                       pcap_write, ipv4_hdr)

binary = sys.argv[1]
tmp = tmpdir('tp_badpkt_')
ETH = bytes.fromhex('020000000000' '001122334455')
S4, D4 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])

frames = [
    b'\x01',                                        # 1 byte
    ETH[:13],                                       # cut in the MACs
    ETH + b'\x08',                                  # cut in the ether type
    ETH + b'\x08\x00',                              # IPv4, no header
    ETH + b'\x08\x00\x4f' + bytes(10),              # IHL 60, 11 bytes
    ETH + b'\x08\x00' + ipv4_hdr(S4, D4, 17, 1480)[:20] + bytes(8),
    ETH + b'\x08\x00' + ipv4_hdr(S4, D4, 6, 4) + bytes(4),   # TCP cut
    ETH + b'\x08\x00' + ipv4_hdr(S4, D4, 1, 8)[:20] + b'\x08\x00',  # ICMP cut
    ETH + b'\x08\x00' + ipv4_hdr(S4, D4, 1, 64) + b'\x08\x00' + bytes(6),
    ETH + b'\x86\xdd' + bytes(20),                  # IPv6 header cut
    ETH + b'\x86\xdd' + struct.pack('!IHBB', 0x60000000, 400, 17, 64) +
    S4 * 8 + bytes(8),                              # IPv6 payload length lies
    ETH + b'\x08\x06' + bytes(10),                  # ARP cut
    ETH + b'\x08\x06' + struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) +
    bytes(20),                                      # ARP request, 28 bytes
    ETH + b'\x81\x00' + b'\x00\x05',                # VLAN tag, nothing after
    ETH + b'\x81\x00\x00\x05\x81\x00\x00\x06\x81\x00',  # nested tags cut
]
N = len(frames)
pin = os.path.join(tmp, 'in.pcap')
pcap_write(pin, frames)

for mode in ('csum', '5tswap', 'icmpecho', 'macswap', 'mac', 'io'):
    pout = os.path.join(tmp, mode + '.pcap')
    tp = Testpmd(binary, 'badpkt_' + mode,
                 ['net_pcap0,rx_pcap=%s,tx_pcap=%s' % (pin, pout)],
                 ['-i', '--total-num-mbufs=2048', '--forward-mode=' + mode])
    tp.send('set verbose 1', 'start')
    rx = tp.wait_stats(0, lambda s: s['rx_packets'] + s['rx_errors'] +
                       s['rx_missed'] >= N, 'every frame read')['rx_packets']
    rc, out = tp.finish(('stop', 'quit'))
    check(rc == 0, '%s: exit code 0, no crash' % mode)
    p = fwd_stats(out)[0][0]
    check(p['rx'] == rx and p['tx'] + p['tx_dropped'] == rx,
          '%s: RX %d = TX %d + dropped %d' % (mode, p['rx'], p['tx'],
                                               p['tx_dropped']))
    check_pools_full(out)
