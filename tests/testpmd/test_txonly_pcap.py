#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""txonly into a tx_pcap file: the file holds exactly TX-packets frames,
each the 64-byte Ethernet/IPv4/UDP frame DPDK's testpmd sends (port MAC ->
peer MAC, 198.18.0.1:9 -> 198.18.0.2:9, TTL 64, valid IP checksum, UDP
length 30); --txpkts 100 and "set txpkts 60,40" (two segments) change
the size; --txonly-multi-flow varies the source address."""
import os
import struct
import sys

from tpharness import (tmpdir, Testpmd, check, fwd_stats, check_pools_full,
                       pcap_read, port_macs, mac_str, csum16)

binary = sys.argv[1]
tmp = tmpdir('tp_txonly_')


def run(tag, app_args, pre_cmds=()):
    path = os.path.join(tmp, tag + '.pcap')
    tp = Testpmd(binary, 'txonly_' + tag, ['net_pcap0,tx_pcap=' + path],
                 ['-i', '--total-num-mbufs=4096', '--forward-mode=txonly'] +
                 app_args)
    tp.send(*pre_cmds)
    tp.send('start')
    tp.wait_stats(0, lambda s: s['tx_packets'] >= 2048, 'sending')
    rc, out = tp.finish(('stop', 'quit'))
    check(rc == 0, '%s: testpmd exits with 0' % tag)
    ports, _ = fwd_stats(out)
    check_pools_full(out)
    frames = pcap_read(path)
    check(len(frames) == ports[0]['tx'] and len(frames) > 0,
          '%s: %d frames in the file = TX-packets %d' %
          (tag, len(frames), ports[0]['tx']))
    return frames, port_macs(out)[0]


def check_frames(tag, frames, own_mac, length, multi=False):
    srcs = set()
    for i, f in enumerate(frames):
        if len(f) != length:
            check(False, '%s: frame %d is %d bytes, expected %d' %
                  (tag, i, len(f), length))
        dst, src, etype = f[0:6], f[6:12], struct.unpack('!H', f[12:14])[0]
        ip = f[14:34]
        ver, _, tlen, _, _, ttl, proto, _, sip, dip = \
            struct.unpack('!BBHHHBBH4s4s', ip)
        sport, dport, ulen, ucs = struct.unpack('!HHHH', f[34:42])
        ok = (mac_str(dst) == '02:00:00:00:00:00' and
              mac_str(src) == own_mac and etype == 0x0800 and
              ver == 0x45 and ttl == 64 and proto == 17 and
              tlen == length - 14 and csum16(ip) == 0 and
              dip == bytes([198, 18, 0, 2]) and sport == 9 and
              dport == 9 and ulen == length - 34 and
              f[42:] == bytes(length - 42))
        if not multi:
            ok = ok and sip == bytes([198, 18, 0, 1])
        if not ok:
            check(False, '%s: frame %d has the expected headers: %s' %
                  (tag, i, f.hex()))
        srcs.add(sip)
    check(True, '%s: all %d frames are %d-byte UDP 198.18.0.x:9 -> '
          '198.18.0.2:9 from %s to the peer' %
          (tag, len(frames), length, own_mac))
    return srcs


frames, mac = run('default', [])
check_frames('default', frames, mac, 64)

frames, mac = run('len100', ['--txpkts=100'])
check_frames('len100', frames, mac, 100)

frames, mac = run('segs', [], ('set txpkts 60,40',))
check_frames('segs', frames, mac, 100)

frames, mac = run('multiflow', ['--txonly-multi-flow'])
srcs = check_frames('multiflow', frames, mac, 64, multi=True)
check(len(frames) < 256 or len(srcs) == 256,
      'multi-flow: %d distinct source addresses' % len(srcs))
check(len(srcs) > 1, 'multi-flow: source address varies')

# flowgen: same frames, destination address cycling over 1024 flows
frames, mac = run('flowgen', ['--forward-mode=flowgen'])
bad = [i for i, f in enumerate(frames)
       if len(f) != 64 or csum16(f[14:34]) != 0 or f[23] != 17 or
       f[26:30] != bytes([198, 18, 0, 1]) or
       struct.unpack('!I', f[30:34])[0] !=
       (0xc6120002 + i % 1024) & 0xffffffff]
check(not bad, 'flowgen: frame i goes to 198.18.0.2 + (i mod 1024), '
      'valid IPv4 header (%d frames, bad: %s)' % (len(frames), bad[:5]))
