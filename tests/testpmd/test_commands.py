#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""The interactive commands do what they say: queue/stream layout,
promiscuous mode, MAC address, link up/down, port stop/start, hot
attach/detach of a vdev, verbose packet dumps, burst and cycle records."""
import re
import sys

from tpharness import Testpmd, check, fwd_stats, check_pools_full

binary = sys.argv[1]
tp = Testpmd(binary, 'cmds', ['net_ring0', 'net_ring1'],
             ['-i', '--total-num-mbufs=8192', '--record-burst-stats',
              '--record-core-cycles'])


def run(*cmds):
    """Send commands, return what the last one printed."""
    tp.send(*cmds)
    tp.send('show config cores')          # end marker
    tp.wait_for('testpmd> ' + cmds[-1] + '\n')
    return tp.wait_for('List of forwarding lcores:')


out = run('port stop all', 'port config all rxq 2', 'port config all txq 2',
          'port start all', 'show config fwd')
check('streams=4' in out and 'RX P=0/Q=1 (socket 0) -> TX P=1/Q=1' in out
      and 'RX P=1/Q=1 (socket 0) -> TX P=0/Q=1' in out,
      '2 queues per port give 4 streams, queue 1 of port 0 -> port 1')
out = run('show port info 0')
check('Current number of RX queues: 2' in out and
      'Current number of TX queues: 2' in out, 'port info shows 2 queues')
check('Promiscuous mode: enabled' in out, 'promiscuous on by default')
out = run('set promisc 0 off', 'show port info 0')
check('Promiscuous mode: disabled' in out, 'set promisc 0 off')
out = run('mac_addr set 1 02:11:22:33:44:55', 'show port summary all')
check(re.search(r'^1\s+02:11:22:33:44:55\s+net_ring1', out, re.M),
      'mac_addr set changes the port address')
out = run('set link-down port 1')
check('Port 1: link state change event' in out,
      'set link-down port 1 is announced as a link state change')
out = run('show port summary all')
check(re.search(r'^1\s+\S+\s+net_ring1\s+net_ring\s+down', out, re.M),
      'set link-down port 1')
out = run('set link-down port 1')
check('link state change event' not in out,
      'no event when the state does not change')
out = run('set link-up port 1')
check('Port 1: link state change event' in out,
      'set link-up port 1 is announced as a link state change')
out = run('show port summary all')
check(re.search(r'^1\s+\S+\s+net_ring1\s+net_ring\s+up', out, re.M),
      'set link-up port 1')
out = run('csum show 0')
check(out.count('checksum offload is sw') == 3,
      'csum show: no tx checksum offload by default (as DPDK testpmd)')
out = run('csum set ip hw 0')
check('Please stop port 0 first' in out, 'csum set needs a stopped port')
out = run('port stop 0', 'csum set tcp hw 0')
check('TCP checksum offload is not supported by port 0' in out,
      'csum set tcp hw refused on a port without the offload')
out = run('csum set tcp sw 0')
check('TCP checksum offload is sw' in out, 'csum set tcp sw')
out = run('csum set sctp hw 0')
check('Bad arguments for "csum set": unknown \'sctp\'' in out,
      'csum set with an unknown checksum is refused with the usage')
out = run('port start 0')
out = run('port attach net_ring7', 'show port summary all')
check('Number of available ports: 3' in out and 'net_ring7' in out,
      'port attach net_ring7 adds port 2')
out = run('port detach 2', 'show port summary all')
check('Number of available ports: 2' in out and 'net_ring7' not in out,
      'port detach 2 removes it')
out = run('port stop all', 'port config all rxq 1', 'port config all txq 1',
          'port start all', 'set verbose 1', 'start tx_first')
# The forwarding lcore prints while the main one answers commands: the
# first dump may start inside run()'s output and a prompt may sit in between.
dump = (out + tp.wait_for('  ol_flags:')).replace('testpmd> ', '')
print(dump)
check(re.search(r'port [01]/queue 0: received 32 packets\n  src=[0-9a-f:]{17}'
                r' - dst=02:00:00:00:00:0[01] - pool=mb_pool_0 - '
                r'type=0x0800 - length=64 - nb_segs=1 - sw ptype: L2_ETHER '
                r'L3_IPV4 L4_UDP', dump, re.I),
      'verbose 1 prints each received packet (addresses, type, length)')
# Commands are answered while the dumps flow: the console claim makes the
# forwarding lcore hold back its dumps (stdio's lock alone is not fair).
for i in range(5):
    tp.send('show port info 1')
    tp.wait_for('********************* Infos for port 1')
print('ok: commands are answered while packets are dumped', flush=True)
tp.send('set verbose 0')
tp.wait_for('Change verbose level from 1 to 0')
tp.send('stop')
rc, out = tp.finish()
check(rc == 0, 'exit code 0')
tail = out[out.rindex('Telling cores to stop'):]
check(re.search(r'RX-bursts : \d+ \[\d+% of \d+ pkts', tail),
      '--record-burst-stats shows the burst size distribution')
check(re.search(r'CPU cycles/packet=[\d.]+ \(busy cycles=\d+ / total RX '
                r'packets=\d+\) at \d+ MHz Clock', tail),
      '--record-core-cycles shows cycles per packet')
check_pools_full(out)
