#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Options that shape forwarding: --port-topology (paired, chained, loop),
--portmask, --nb-ports, --eth-peers-configfile, --eth-peer, --burst,
--max-pkt-len (MTU), --tx-offloads, and "clear port stats"."""
import os
import re
import sys

from tpharness import tmpdir, Testpmd, check

binary = sys.argv[1]
RINGS = ['net_ring0', 'net_ring1', 'net_ring2']


def fwd_config(tag, app):
    tp = Testpmd(binary, 'opt_' + tag, RINGS,
                 ['-i', '--total-num-mbufs=8192'] + app)
    tp.send('show config fwd', 'show config rxtx', 'show port info 0')
    rc, out = tp.finish()
    check(rc == 0, '%s: exit code 0' % tag)
    streams = re.findall(r'RX P=(\d+)/Q=0 \(socket \d+\) -> TX P=(\d+)/Q=0 '
                         r'\(socket \d+\) peer=([0-9A-Fa-f:]+)', out)
    return [(int(a), int(b), p.lower()) for a, b, p in streams], out


s, out = fwd_config('paired', [])
check([(a, b) for a, b, _ in s] == [(0, 1), (1, 0), (2, 2)] and
      'the last port will pair with itself' in out,
      'paired: 0<->1, odd port 2 pairs with itself (warned)')
s, _ = fwd_config('chained', ['--port-topology=chained'])
check([(a, b) for a, b, _ in s] == [(0, 1), (1, 2), (2, 0)],
      'chained: 0->1->2->0')
s, _ = fwd_config('loop', ['--port-topology=loop'])
check([(a, b) for a, b, _ in s] == [(0, 0), (1, 1), (2, 2)], 'loop: n->n')
s, _ = fwd_config('portmask', ['--portmask=0x6'])
check([(a, b) for a, b, _ in s] == [(1, 2), (2, 1)],
      '--portmask=0x6 forwards between ports 1 and 2 only')
s, _ = fwd_config('nbports', ['--nb-ports=2'])
check([(a, b) for a, b, _ in s] == [(0, 1), (1, 0)], '--nb-ports=2')

peers = os.path.join(tmpdir('tp_opt_'), 'peers')
with open(peers, 'w') as f:
    f.write('# port 0\n02:aa:00:00:00:10\n02:aa:00:00:00:11\n'
            '02:aa:00:00:00:12\n')
s, out = fwd_config('peers', ['--eth-peers-configfile=' + peers,
                              '--eth-peer=2,02:bb:00:00:00:22',
                              '--burst=16', '--max-pkt-len=9018'])
check([p for _, _, p in s] == ['02:aa:00:00:00:11', '02:aa:00:00:00:10',
                               '02:bb:00:00:00:22'],
      'peers from the file, port 2 overridden by --eth-peer')
check('io packet forwarding packets/burst=16' in out, '--burst=16')
check(re.search(r'^MTU: 9000$', out, re.M),
      '--max-pkt-len=9018 gives MTU 9000')

_, out = fwd_config('txoff', ['--tx-offloads=0x10000'])
check(out.count('Tx offloads=0x10000') == 3,
      '--tx-offloads=0x10000 (MBUF_FAST_FREE) on every port')

tp = Testpmd(binary, 'opt_clear', RINGS[:2], ['-i', '--total-num-mbufs=8192'])
tp.send('start tx_first')
tp.wait_stats(0, lambda st: st['rx_packets'] > 1000, 'forwarding runs')
tp.send('stop', 'clear port stats all')
tp.wait_for('NIC statistics for port 1 cleared')
st = tp.port_stats(0)
check(st['rx_packets'] == 0 and st['tx_packets'] == 0,
      'clear port stats all zeroes the counters')
rc, _ = tp.finish()
check(rc == 0, 'exit code 0')
