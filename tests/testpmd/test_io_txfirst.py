#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""io forwarding between two ring ports started with "start tx_first":
every packet received on one port is sent on the other, so after "stop"
TX(1) = RX(0) + bursts*32 and TX(0) = RX(1) + bursts*32 exactly, nothing
dropped, the accumulated block sums the ports, and at exit every mbuf is
back in the pool."""
import sys

from tpharness import Testpmd, check, fwd_stats, check_pools_full

binary = sys.argv[1]
tp = Testpmd(binary, 'io', ['net_ring0', 'net_ring1'],
             ['-i', '--total-num-mbufs=8192'])
for bursts in ('', ' 3'):
    base = [tp.port_stats(p)['rx_packets'] for p in (0, 1)]
    tp.send('start tx_first' + bursts)
    for p in (0, 1):
        tp.wait_stats(p, lambda s: s['rx_packets'] > base[p] + 100000,
                      'forwarding runs')
    tp.send('stop')
tp.send('show fwd stats all')
rc, out = tp.finish()
check(rc == 0, 'testpmd exits with 0 (got %d)' % rc)

runs = out.split('Telling cores to stop...')

check(len(runs) == 3, 'two forwarding runs were stopped')
for i, (text, bursts) in enumerate(zip(runs[1:], (1, 3))):
    ports, acc = fwd_stats(text.split('testpmd>')[0])
    p0, p1 = ports[0], ports[1]
    print('run %d: %s %s' % (i, p0, p1))
    check(p0['rx'] > 10000 and p1['rx'] > 10000,
          'run %d forwarded packets both ways (%d, %d)' %
          (i, p0['rx'], p1['rx']))
    check(p1['tx'] == p0['rx'] + 32 * bursts,
          'run %d: TX(1)=%d = RX(0)=%d + %d' %
          (i, p1['tx'], p0['rx'], 32 * bursts))
    check(p0['tx'] == p1['rx'] + 32 * bursts,
          'run %d: TX(0)=%d = RX(1)=%d + %d' %
          (i, p0['tx'], p1['rx'], 32 * bursts))
    check(p0['rx_dropped'] == p1['rx_dropped'] == 0 and
          p0['tx_dropped'] == p1['tx_dropped'] == 0,
          'run %d: no drops' % i)
    check(acc['rx'] == p0['rx'] + p1['rx'] and
          acc['tx'] == p0['tx'] + p1['tx'],
          'run %d: accumulated block is the sum of the ports' % i)
check_pools_full(out)
