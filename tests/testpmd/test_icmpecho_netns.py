#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""icmpecho on the pcap PMD ("port attach net_pcap9,iface=...") bound to
one end of a veth pair; the kernel in
another network namespace, on the other end, must get answers to ping
(ICMP echo) and arping (ARP) for the port's address, and none for an
address that is not the port's once "set ip" restricts it.
Needs root (creates and removes a network namespace and a veth pair)."""
import os
import re
import subprocess
import sys

from tpharness import (Testpmd, check, fail, fwd_stats, check_pools_full,
                       port_macs)

binary = sys.argv[1]
if os.geteuid() != 0:
    fail('needs root to create network namespaces: run the suite as root '
         '(./devtools/test-all.sh does)')

tag = str(os.getpid() % 100000)
NS, HOST_IF, NS_IF = 'tpns' + tag, 'tpa' + tag, 'tpb' + tag
MY_IP, PEER_IP, OTHER_IP = '10.77.0.1', '10.77.0.2', '10.77.0.9'


def sh(*cmd, ok=True, timeout=20):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, timeout=timeout)
    print('$ %s -> %d\n%s' % (' '.join(cmd), r.returncode, r.stdout),
          flush=True)
    if ok and r.returncode != 0:
        fail('command failed: ' + ' '.join(cmd))
    return r


def in_ns(*cmd, **kw):
    return sh('ip', 'netns', 'exec', NS, *cmd, **kw)


def cleanup():
    subprocess.run(['ip', 'netns', 'del', NS], stderr=subprocess.DEVNULL)
    subprocess.run(['ip', 'link', 'del', HOST_IF], stderr=subprocess.DEVNULL)


cleanup()
tp = None
try:
    sh('ip', 'netns', 'add', NS)
    sh('ip', 'link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', NS_IF)
    sh('ip', 'link', 'set', NS_IF, 'netns', NS)
    sh('ip', 'link', 'set', HOST_IF, 'up')
    in_ns('ip', 'addr', 'add', PEER_IP + '/24', 'dev', NS_IF)
    in_ns('ip', 'link', 'set', NS_IF, 'up')
    in_ns('ip', 'link', 'set', 'lo', 'up')

    # the port is hot-plugged from the shell, as a user would
    tp = Testpmd(binary, 'icmpecho', [],
                 ['-i', '--total-num-mbufs=2048', '--forward-mode=icmpecho'],
                 timeout=80)
    tp.send('port attach net_pcap9,iface=' + HOST_IF)
    tp.wait_for('Port 0 is attached. Now total ports is 1')
    tp.send('port start 0', 'set ip 0 ' + MY_IP, 'start', pause=1.0)

    r = in_ns('ping', '-c', '3', '-i', '0.2', '-W', '2', MY_IP, ok=False)
    check(r.returncode == 0 and re.search(r'3 received', r.stdout),
          'ping %s from the namespace: 3 of 3 answered' % MY_IP)
    r = in_ns('arping', '-c', '2', '-I', NS_IF, MY_IP, ok=False)
    replies = re.findall(r'bytes from ([0-9a-f:]{17})', r.stdout, re.I)
    check(r.returncode == 0 and len(replies) == 2,
          'arping %s: 2 ARP replies (%s)' % (MY_IP, replies))
    r = in_ns('ping', '-c', '1', '-W', '1', OTHER_IP, ok=False)
    check(r.returncode != 0,
          'ping %s (not the port address) gets no answer' % OTHER_IP)
    tp.send('stop', pause=0.3)
    rc, out = tp.finish()
    tp = None
    check(rc == 0, 'testpmd exits with 0')
    mac = port_macs(out).get(0, '?')
    check(all(r.lower() == mac for r in replies),
          'ARP replies carry the port MAC %s' % mac)
    ports, _ = fwd_stats(out)
    p = ports[0]
    # 3 echo replies + 2 ARP replies + the ARP reply before the first ping
    check(p['tx'] >= 5, 'TX-packets %d >= 5 replies' % p['tx'])
    check(p['rx'] == p['tx'] + p['tx_dropped'],
          'every received frame answered or counted dropped '
          '(RX %d = TX %d + dropped %d)' % (p['rx'], p['tx'],
                                             p['tx_dropped']))
    check_pools_full(out)
finally:
    if tp is not None:
        tp.p.kill()
    cleanup()
