#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""mac, macswap and 5tswap forwarding from an rx_pcap file to a tx_pcap
file: every input frame comes out exactly once, in order (no pre-start
flush eats the file's first frames), with the addresses rewritten as the
mode says and every other byte unchanged."""
import os
import struct
import sys
import time

from tpharness import (tmpdir, Testpmd, check, fwd_stats, check_pools_full,
                       pcap_read, pcap_write, port_macs, mac_bytes,
                       ipv4_hdr, l4_cksum_v4)

binary = sys.argv[1]
tmp = tmpdir('tp_mac_')
N = 200
SRC, DST = mac_bytes('00:11:22:33:44:55'), mac_bytes('66:77:88:99:aa:bb')
PEER = '0a:0b:0c:0d:0e:0f'


def frame(i):
    sip, dip = bytes([10, 0, 0, 1]), bytes([10, 0, 1, i & 0xff])
    payload = struct.pack('!I', i) + bytes(range(20))
    udp = struct.pack('!HHHH', 1000 + i, 2000, 8 + len(payload), 0) + payload
    udp = udp[:6] + struct.pack('!H', l4_cksum_v4(sip, dip, 17, udp)) + \
        udp[8:]
    return DST + SRC + b'\x08\x00' + ipv4_hdr(sip, dip, 17, len(udp)) + udp


frames_in = [frame(i) for i in range(N)]
pin = os.path.join(tmp, 'in.pcap')
pcap_write(pin, frames_in)


def run(mode):
    pout = os.path.join(tmp, mode + '.pcap')
    tp = Testpmd(binary, 'mac_' + mode,
                 ['net_pcap0,rx_pcap=%s,tx_pcap=%s' % (pin, pout)],
                 ['-i', '--total-num-mbufs=2048', '--forward-mode=' + mode,
                  '--eth-peer=0,' + PEER])
    tp.send('start')
    tp.wait_stats(0, lambda s: s['rx_packets'] >= N and
                  s['tx_packets'] >= N, 'all %d frames received and sent' % N)
    rc, out = tp.finish(('stop', 'quit'))
    check(rc == 0, '%s: exit code 0' % mode)
    ports, _ = fwd_stats(out)
    check(ports[0]['rx'] == N and ports[0]['tx'] == N,
          '%s: RX-packets %d and TX-packets %d are both %d' %
          (mode, ports[0]['rx'], ports[0]['tx'], N))
    check_pools_full(out)
    out_frames = pcap_read(pout)
    check(len(out_frames) == N, '%s: %d frames written' %
          (mode, len(out_frames)))
    return out_frames, mac_bytes(port_macs(out)[0])


out, own = run('mac')
check(all(o[0:6] == mac_bytes(PEER) and o[6:12] == own and
          o[12:] == i[12:] for o, i in zip(out, frames_in)),
      'mac: dst = peer, src = port MAC, rest unchanged, in order')

out, own = run('macswap')
check(all(o[0:6] == SRC and o[6:12] == DST and o[12:] == i[12:]
          for o, i in zip(out, frames_in)),
      'macswap: addresses swapped, rest unchanged, in order')


def swapped5(f):
    ip = f[14:34]
    ip = ip[:12] + ip[16:20] + ip[12:16]
    l4 = f[34:]
    l4 = l4[2:4] + l4[0:2] + l4[4:]
    return f[6:12] + f[0:6] + f[12:14] + ip + l4


out, own = run('5tswap')
check(all(o == swapped5(i) for o, i in zip(out, frames_in)),
      '5tswap: MACs, IPs and UDP ports swapped, checksums still valid')
