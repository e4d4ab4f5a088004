#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Ending testpmd while it forwards: "quit" in the shell, SIGINT in the
shell, and in non-interactive mode enter, EOF on stdin and SIGTERM.  Each
stops the lcores, prints the forward statistics, closes the ports, gets
every mbuf back in its pool and exits 0.  Also checks the periodic JSON
statistics (--stats-period 1 --stats-format=json)."""
import json
import signal
import subprocess
import sys
import time

from tpharness import Testpmd, check, fwd_stats, check_pools_full

binary = sys.argv[1]
VDEVS = ['net_ring0', 'net_ring1']
APP = ['--total-num-mbufs=8192']


def clean_exit(tag, rc, out, need_rx=True):
    check(rc == 0, '%s: exit code 0 (got %d)' % (tag, rc))
    check('Telling cores to stop...' in out, '%s: lcores told to stop' % tag)
    ports, acc = fwd_stats(out)
    check((acc['rx'] > 0 or not need_rx) and acc['tx_dropped'] == 0,
          '%s: forwarded %d packets, none dropped' % (tag, acc['rx']))
    check('Port 0 is closed' in out and 'Port 1 is closed' in out and
          out.rstrip().endswith('Bye...'), '%s: ports closed, Bye' % tag)
    check_pools_full(out)


# quit while forwarding
tp = Testpmd(binary, 'quit1', VDEVS, ['-i'] + APP)
tp.send('start tx_first 4')
tp.wait_stats(0, lambda s: s['rx_packets'] > 1000, 'forwarding runs')
clean_exit('quit while forwarding', *tp.finish(('quit',)))

# SIGINT in the interactive shell while forwarding
tp = Testpmd(binary, 'quit2', VDEVS, ['-i', '--auto-start', '--tx-first'] +
             APP)
tp.wait_stats(0, lambda s: s['rx_packets'] > 1000, 'forwarding runs')
tp.p.send_signal(signal.SIGINT)
clean_exit('SIGINT in the shell', *tp.finish(None))


def wait_json_rx(tp):
    """Non-interactive: wait for a periodic JSON line with rx > 0."""
    end = time.monotonic() + 20
    while time.monotonic() < end:
        line = tp.wait_for('}\n', limit=20)
        obj = json.loads(line[line.rindex('{'):])
        if obj['rx_packets'] > 0:
            print('ok: forwarding seen in the periodic stats', flush=True)
            return
    check(False, 'forwarding seen in the periodic stats')


PERIODIC = ['--stats-period=1', '--stats-format=json']

# non-interactive: enter
tp = Testpmd(binary, 'quit3', VDEVS, ['--tx-first'] + PERIODIC + APP)
tp.wait_for('Press enter to exit')
wait_json_rx(tp)
clean_exit('enter (non-interactive)', *tp.finish(('',)))

# non-interactive: SIGTERM
tp = Testpmd(binary, 'quit4', VDEVS, ['--tx-first'] + PERIODIC + APP)
tp.wait_for('Press enter to exit')
wait_json_rx(tp)
tp.p.send_signal(signal.SIGTERM)
clean_exit('SIGTERM (non-interactive)', *tp.finish(None))

# non-interactive: EOF on stdin ends it at once
tp = Testpmd(binary, 'quit5', VDEVS, ['--tx-first'] + APP)
clean_exit('EOF on stdin (non-interactive)', *tp.finish(None), need_rx=False)

# periodic statistics as JSON, one object per port and period
tp = Testpmd(binary, 'quit6', VDEVS, ['--tx-first', '--stats-period=1',
                                      '--stats-format=json'] + APP)
tp.wait_for('Press enter to exit')
time.sleep(2.6)
rc, out = tp.finish(('',))
clean_exit('stats-period json', rc, out)
objs = [json.loads(l) for l in out.splitlines() if l.startswith('{')]
per_port = {0: [], 1: []}
for o in objs:
    per_port[o['port']].append(o['rx_packets'])
check(len(per_port[0]) >= 2 and len(per_port[1]) >= 2,
      'at least 2 JSON stats lines per port (%d, %d)' %
      (len(per_port[0]), len(per_port[1])))
check(all(v == sorted(v) and v[-1] > 0 for v in per_port.values()),
      'rx_packets grows from one period to the next')
check(all(set(o) >= {'rx_packets', 'tx_packets', 'rx_pps', 'tx_bps'}
          for o in objs), 'JSON objects carry counters and rates')
