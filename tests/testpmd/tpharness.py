# SPDX-License-Identifier: BSD-3-Clause
"""Drive testpmd as a user does (commands through a pipe) and parse what
it prints: the forward statistics blocks, port stats, the mbuf check."""

import atexit
import json
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time

EAL_COMMON = ['--no-huge', '--no-pci', '-m', '512']


def tmpdir(prefix):
    """A scratch directory removed when the test exits."""
    d = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, d, True)
    return d


def fail(msg):
    print('FAIL: ' + msg, flush=True)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print('ok: ' + msg, flush=True)


class Testpmd:
    """One testpmd process; commands go to its stdin."""

    def __init__(self, binary, name, vdevs, app_args, lcores='0-1',
                 timeout=60):
        self.timeout = timeout
        args = [binary, '-l', lcores, '--file-prefix=tp_' + name] + \
            EAL_COMMON
        for v in vdevs:
            args += ['--vdev', v]
        args += ['--'] + app_args
        print('run: ' + ' '.join(args), flush=True)
        self.p = subprocess.Popen(args, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        self.deadline = time.monotonic() + timeout
        self.seen = ''       # output consumed by wait_for()
        self.pending = b''   # read past the last wait_for() match

    def send(self, *cmds, pause=0.0):
        for c in cmds:
            self.p.stdin.write(c + '\n')
            self.p.stdin.flush()
        if pause:
            time.sleep(pause)

    def wait_for(self, text, limit=20):
        """Read output until text appears (or fail); returns it."""
        got, self.pending = bytearray(self.pending), b''
        want = text.encode()
        fd = self.p.stdout.fileno()
        end = time.monotonic() + limit
        # search only what a chunk adds (plus an overlap): verbose dumps
        # can print tens of MB before the text shows up
        pos = got.find(want)
        while pos < 0:
            left = end - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                print(got[-65536:].decode(errors='replace'))
                fail('"%s" did not appear within %ds' % (text, limit))
            chunk = os.read(fd, 65536)
            if not chunk:
                print(got[-65536:].decode(errors='replace'))
                fail('testpmd exited before printing "%s"' % text)
            start = max(0, len(got) - len(want) + 1)
            got += chunk
            pos = got.find(want, start)
        cut = pos + len(want)
        got, self.pending = bytes(got[:cut]), bytes(got[cut:])
        text_got = got.decode(errors='replace')
        self.seen += text_got
        return text_got

    def port_stats(self, port):
        """Counters of a port, from "show port stats N json"."""
        self.send('show port stats %d json' % port)
        self.wait_for('show port stats %d json\n' % port)
        line = self.wait_for('}\n')
        return json.loads(line[line.index('{'):])

    def wait_stats(self, port, cond, what, limit=30):
        """Poll the port's counters until cond(stats) holds."""
        end = time.monotonic() + limit
        while True:
            st = self.port_stats(port)
            if cond(st):
                print('ok: port %d: %s' % (port, what), flush=True)
                return st
            if time.monotonic() > end:
                fail('port %d: %s not reached within %ds: %s' %
                     (port, what, limit, st))
            time.sleep(0.1)

    def finish(self, cmds=('quit',)):
        """Send the last commands, wait for exit; returns (rc, output)."""
        try:
            left = max(1.0, self.deadline - time.monotonic())
            out, _ = self.p.communicate('\n'.join(cmds) + '\n'
                                        if cmds else None, timeout=left)
        except subprocess.TimeoutExpired:
            self.p.kill()
            out, _ = self.p.communicate()
            print(out)
            fail('testpmd did not exit within %ds' % self.timeout)
        out = self.seen + self.pending.decode(errors='replace') + out
        print(out, flush=True)
        if 'runtime error:' in out or 'AddressSanitizer' in out or \
                'LeakSanitizer' in out:
            fail('sanitizer report in the output (see above)')
        return self.p.returncode, out


FWD_PORT = re.compile(
    r'-+ Forward statistics for port (\d+)\s+-+\n'
    r'\s+RX-packets: (\d+)\s+RX-dropped: (\d+)\s+RX-total: (\d+)\n'
    r'(?:\s+Bad-ipcsum: (\d+)\s+Bad-l4csum: (\d+)\s+Bad-outer-l4csum: \d+\s*\n)?'
    r'(?:\s+RX-error: \d+\n\s+RX-nombufs: \d+\s*\n)?'
    r'\s+TX-packets: (\d+)\s+TX-dropped: (\d+)\s+TX-total: (\d+)')
FWD_ACC = re.compile(
    r'\+ Accumulated forward statistics for all ports\s*\++\n'
    r'\s+RX-packets: (\d+)\s+RX-dropped: (\d+)\s+RX-total: (\d+)\n'
    r'\s+TX-packets: (\d+)\s+TX-dropped: (\d+)\s+TX-total: (\d+)')


def fwd_stats(out):
    """Last forward statistics blocks: ({port: dict}, accumulated dict)."""
    ports = {}
    for m in FWD_PORT.finditer(out):
        ports[int(m.group(1))] = {
            'rx': int(m.group(2)), 'rx_dropped': int(m.group(3)),
            'rx_total': int(m.group(4)),
            'bad_ip': int(m.group(5) or 0), 'bad_l4': int(m.group(6) or 0),
            'tx': int(m.group(7)), 'tx_dropped': int(m.group(8)),
            'tx_total': int(m.group(9))}
    acc = None
    for m in FWD_ACC.finditer(out):
        acc = dict(zip(['rx', 'rx_dropped', 'rx_total', 'tx', 'tx_dropped',
                        'tx_total'], map(int, m.groups())))
    if not ports or acc is None:
        fail('no forward statistics block in the output')
    return ports, acc


def check_pools_full(out):
    m = re.findall(r'mbuf pool <(\S+)>: all (\d+) mbufs returned', out)
    check(len(m) >= 1 and 'not returned' not in out,
          'every mbuf back in its pool at exit (%s)' % m)


def port_macs(out):
    return {int(p): mac.lower() for p, mac in
            re.findall(r'^Port (\d+): ([0-9A-Fa-f:]{17})$', out, re.M)}


# --- pcap files ---------------------------------------------------------
def pcap_write(path, frames):
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, fr in enumerate(frames):
            f.write(struct.pack('<IIII', 1000 + i, 0, len(fr), len(fr)))
            f.write(fr)


def pcap_read(path):
    with open(path, 'rb') as f:
        data = f.read()
    magic = struct.unpack_from('<I', data, 0)[0]
    if magic not in (0xa1b2c3d4, 0xa1b23c4d):
        fail('%s: not a little-endian pcap file (magic %#x)' % (path, magic))
    off, frames = 24, []
    while off + 16 <= len(data):
        _, _, caplen, wirelen = struct.unpack_from('<IIII', data, off)
        off += 16
        frames.append(data[off:off + caplen])
        off += caplen
    return frames


# --- packet helpers ------------------------------------------------------
def mac_bytes(s):
    return bytes(int(x, 16) for x in s.split(':'))


def mac_str(b):
    return ':'.join('%02x' % x for x in b)


def csum16(data):
    if len(data) % 2:
        data += b'\0'
    s = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff


def ipv4_hdr(src, dst, proto, payload_len, ttl=64, cksum=None):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + payload_len, 0, 0, ttl,
                    proto, 0, bytes(src), bytes(dst))
    c = csum16(h) if cksum is None else cksum
    return h[:10] + struct.pack('!H', c) + h[12:]


def l4_cksum_v4(src, dst, proto, l4):
    ph = bytes(src) + bytes(dst) + struct.pack('!BBH', 0, proto, len(l4))
    return csum16(ph + l4)


def l4_cksum_v6(src, dst, proto, l4):
    ph = bytes(src) + bytes(dst) + struct.pack('!IxxxB', len(l4), proto)
    return csum16(ph + l4)
