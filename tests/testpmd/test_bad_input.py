#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Bad options make testpmd exit 1 with a one-line message naming the
option and what is accepted, before any port is started; bad commands
print what is wrong (with the closest valid form) and the shell stays
alive; --cmdline-file runs a script before the prompt."""
import os
import subprocess
import sys

from tpharness import tmpdir, Testpmd, EAL_COMMON, check

binary = sys.argv[1]
VDEVS = ['--vdev', 'net_ring0', '--vdev', 'net_ring1']

BAD_OPTIONS = [
    (['--burst=0'], "Invalid --burst value '0': out of range, expected 1..512"),
    (['--burst=abc'], "Invalid --burst value 'abc': expected a number in 1..512"),
    (['--forward-mode=iox'], "Invalid --forward-mode value 'iox': expected one of io|mac|"),
    (['--port-topology=ring'], "expected paired, chained or loop"),
    (['--eth-peer=0,zz'], "Invalid --eth-peer value '0,zz'"),
    (['--txpkts=20'], "first segment must hold the 42 bytes"),
    (['--nb-cores=9'], "Invalid --nb-cores value '9': out of range, expected 1..1"),
    (['--rxq=0'], "Invalid --rxq value '0'"),
    (['--stats-format=xml'], "expected text or json"),
    (['--tx-offloads=zz'], "Invalid --tx-offloads value 'zz': expected a hexadecimal mask"),
    (['--portmask=0'], "Invalid --portmask value '0'"),
    (['--coremask=0x1'], "Invalid --coremask value '0x1': lcore 0 is the main lcore"),
    (['--bogus'], "Unknown option '--bogus'"),
    (['--burst'], "Missing value for option '--burst'"),
]
for args, msg in BAD_OPTIONS:
    cmd = [binary, '-l', '0-1', '--file-prefix=tp_badopt'] + EAL_COMMON + \
        VDEVS + ['--', '-i'] + args
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=30)
    if msg not in r.stdout or r.returncode != 1 or \
            'Configuring Port' in r.stdout:
        print(r.stdout)
    check(r.returncode == 1 and msg in r.stdout and
          'Configuring Port' not in r.stdout,
          'option %s: exit 1 before port setup, says "%s"' %
          (' '.join(args), msg))

# A tx offload the port lacks: ethdev names it when the port is configured.
cmd = [binary, '-l', '0-1', '--file-prefix=tp_badopt'] + EAL_COMMON + \
    VDEVS + ['--', '--tx-offloads=0x2']
r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True, timeout=30)
check(r.returncode != 0 and 'requested tx offload IPV4_CKSUM not supported'
      in r.stdout and 'Fail to configure port 0' in r.stdout,
      '--tx-offloads=0x2 on net_ring: configure fails naming IPV4_CKSUM')

BAD_COMMANDS = [
    ('set fwd iox', 'Bad arguments for "set fwd": unknown mode \'iox\'; '
     'did you mean \'io\'? usage: set fwd (io|mac|macswap|'),
    ('foo bar', "Command not found: 'foo'"),
    ('strat', "Command not found: 'strat'; did you mean 'start'?"),
    ('show port foo', 'Bad arguments for "show port": unknown \'foo\''),
    ('show prot stats all', "unknown 'prot'; did you mean 'port'?"),
    ('show port stats 7', 'no port 7'),
    ('set burst 0', 'Bad arguments for "set burst": 0 is out of range 1..512; '
     'usage: set (nbport|nbcore|burst) <n>'),
    ('set verbose x', "'x' is not a number"),
    ('port config all rxq', "missing argument after 'rxq'"),
    ('stop', 'Packet forwarding not started'),
    ('mac_addr set 0 11:22', "'11:22' is not a MAC address"),
    ('set ip 0 1.2.3', "'1.2.3' is not an IPv4 address"),
    ('load /nonexistent/cmds', "Cannot open command file '/nonexistent/cmds'"),
    ('show config fwd extra', "unexpected 'extra' at the end"),
    ('port start 5', 'no port 5'),
    ('help bogus', "unknown 'bogus'"),
    ('set txpkts 10,10', 'first segment must hold'),
    ('port attach net_bogus0', "Failed to attach port 'net_bogus0'"),
    ('port detach 0', 'Port 0 is started: run "port stop 0" first'),
    ('set fwd mac', 'Set mac packet forwarding mode'),
    ('show config rxtx', 'mac packet forwarding packets/burst=16'),
]
script = os.path.join(tmpdir('tp_bad_'), 'cmds')
with open(script, 'w') as f:
    f.write('# comment line\nset burst 16\n\nshow config cores\n')
tp = Testpmd(binary, 'badcmd', ['net_ring0', 'net_ring1'],
             ['-i', '--total-num-mbufs=4096', '--cmdline-file=' + script])
tp.send(*[c for c, _ in BAD_COMMANDS])
rc, out = tp.finish(('show port summary all', 'quit'))
check(rc == 0, 'exit code 0 after quit')
check('Read CLI commands from ' + script in out and
      out.index('testpmd> set burst 16') <
      out.index('Read CLI commands') < out.index('testpmd> set fwd iox'),
      '--cmdline-file ran before the commands typed at the prompt')
chunks = {}
for chunk in out.split('testpmd> ')[1:]:
    line, _, rest = chunk.partition('\n')
    chunks.setdefault(line.strip(), rest)
for cmd, msg in BAD_COMMANDS:
    got = chunks.get(cmd)
    if got is None or msg not in got:
        print('%r printed: %r' % (cmd, got))
    check(got is not None and msg in got,
          '"%s" answers "%s"' % (cmd, msg))
check('Number of available ports: 2' in chunks.get('show port summary all',
                                                   ''),
      'the shell still works after all bad commands')
