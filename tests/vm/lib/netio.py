#!/usr/bin/env python3
"""Host-side helpers for guest scenarios (standard library only).

QEMU's "-netdev dgram" carries each Ethernet frame as one UDP datagram
between 127.0.0.1 ports: the NIC's frames go to NICk_HOST_PORT, and
datagrams sent to NICk_QEMU_PORT arrive at the NIC as received frames.

  netio.py inject  --port QEMU_PORT (--pcap FILE | --gen N [--size B]) [--gap-us U]
  netio.py collect --port HOST_PORT --pcap FILE [--count N] [--timeout S]
  netio.py monitor --socket PATH COMMAND
  netio.py pcap-count FILE [--ethertype 0x0806]
  netio.py icmp-check FILE --mac MAC --addr A.B.C.D --count N [--foreign A.B.C.D...]
"""
import argparse
import socket
import struct
import sys
import time

PCAP_MAGIC = 0xA1B2C3D4
LINKTYPE_ETHERNET = 1


def die(msg):
    sys.exit("netio: " + msg)


def pcap_read(path):
    """The frames of a classic pcap file (either byte order, us or ns)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        die(f"cannot read {path}: {e.strerror}")
    if len(data) < 24:
        die(f"{path}: not a pcap file (shorter than its 24-byte header)")
    magic = struct.unpack("<I", data[:4])[0]
    if magic in (0xA1B2C3D4, 0xA1B23C4D):
        endian = "<"
    elif magic in (0xD4C3B2A1, 0x4D3CB2A1):
        endian = ">"
    else:
        die(f"{path}: not a pcap file (magic {magic:#x}; pcapng is not supported)")
    frames, off = [], 24
    while off + 16 <= len(data):
        incl = struct.unpack(endian + "IIII", data[off:off + 16])[2]
        off += 16
        if off + incl > len(data):
            die(f"{path}: truncated record at byte {off - 16}")
        frames.append(data[off:off + incl])
        off += incl
    return frames


def pcap_writer(path):
    f = open(path, "wb")
    f.write(struct.pack("<IHHiIII", PCAP_MAGIC, 2, 4, 0, 0, 65535, LINKTYPE_ETHERNET))
    return f


def pcap_append(f, frame):
    t = time.time()
    f.write(struct.pack("<IIII", int(t), int((t % 1) * 1e6), len(frame), len(frame)))
    f.write(frame)
    f.flush()


def gen_frames(n, size):
    """N UDP/IPv4 frames of SIZE bytes (without FCS), sequence number in
    the first 4 payload bytes, from 02:00:00:00:00:01 to ff:ff:ff:ff:ff:ff."""
    if size < 64 - 4:
        die(f"--size {size} is below the 60-byte minimum frame (without FCS)")
    frames = []
    for seq in range(n):
        payload = struct.pack(">I", seq).ljust(size - 42, b"\0")
        udp = struct.pack(">HHHH", 1024, 1024, 8 + len(payload), 0) + payload
        ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), seq & 0xFFFF, 0,
                         64, 17, 0, bytes([192, 0, 2, 1]), bytes([192, 0, 2, 2]))
        s = sum(struct.unpack(">10H", ip))
        s = (s & 0xFFFF) + (s >> 16)
        s = (s & 0xFFFF) + (s >> 16)
        ip = ip[:10] + struct.pack(">H", ~s & 0xFFFF) + ip[12:]
        eth = b"\xff" * 6 + bytes([2, 0, 0, 0, 0, 1]) + b"\x08\x00"
        frames.append(eth + ip + udp)
    return frames


def cmd_inject(a):
    frames = pcap_read(a.pcap) if a.pcap else gen_frames(a.gen, a.size)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for fr in frames:
        s.sendto(fr, ("127.0.0.1", a.port))
        if a.gap_us:
            time.sleep(a.gap_us / 1e6)
    print(f"injected {len(frames)} frames to port {a.port}")


def cmd_collect(a):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind(("127.0.0.1", a.port))
    except OSError as e:
        die(f"cannot bind 127.0.0.1:{a.port}: {e.strerror}")
    out = pcap_writer(a.pcap)
    n, end = 0, time.monotonic() + a.timeout
    while a.count is None or n < a.count:
        left = end - time.monotonic()
        if left <= 0:
            break
        s.settimeout(left)
        try:
            fr = s.recv(65536)
        except socket.timeout:
            break
        pcap_append(out, fr)
        n += 1
    out.close()
    print(f"collected {n} frames into {a.pcap}")
    if a.count is not None and n < a.count:
        die(f"collected {n} of {a.count} frames within {a.timeout}s")


def connect_unix(path, seconds=10):
    """A stream connection to QEMU's unix socket at path, retried for up to
    `seconds` (QEMU creates it at start-up); None if it never answers."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    for _ in range(int(seconds * 10)):
        try:
            s.connect(path)
            return s
        except OSError:
            time.sleep(0.1)
    s.close()
    return None


def cmd_monitor(a):
    """One command over QEMU's human monitor socket; prints its answer."""
    s = connect_unix(a.socket)
    if s is None:
        die(f"cannot connect to the monitor socket {a.socket} (is 'monitor' in vm.conf?)")
    s.settimeout(10)

    def read_prompt():
        buf = b""
        while not buf.endswith(b"(qemu) "):
            chunk = s.recv(4096)
            if not chunk:
                break
            buf += chunk
        return buf.decode(errors="replace")

    read_prompt()
    s.sendall(a.command.encode() + b"\n")
    reply = read_prompt()
    # The monitor echoes the command line first; print the rest.
    lines = [l for l in reply.replace("\r", "").split("\n")[1:] if l and l != "(qemu) "]
    for l in lines:
        print(l)
    s.close()


def cmd_count(a):
    frames = pcap_read(a.file)
    if a.ethertype is not None:
        want = struct.pack(">H", int(a.ethertype, 0))
        frames = [f for f in frames if f[12:14] == want]
    print(len(frames))


def inet_sum(data):
    """The 16-bit one's complement sum of DATA (RFC 1071), folded."""
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f">{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s


def parse_frame(fr):
    """(kind, fields) of an Ethernet frame: kind is "arp", "icmp" or None."""
    if len(fr) < 14:
        return None, None
    dst, src, etype = fr[0:6], fr[6:12], struct.unpack(">H", fr[12:14])[0]
    if etype == 0x0806 and len(fr) >= 42:
        op, sha, spa, tha, tpa = struct.unpack(">6xH6s4s6s4s", fr[14:42])
        return "arp", dict(dst=dst, src=src, op=op, sha=sha, spa=spa, tha=tha, tpa=tpa)
    if etype != 0x0800 or len(fr) < 34:
        return None, None
    ihl = (fr[14] & 0xF) * 4
    tot = struct.unpack(">H", fr[16:18])[0]
    if fr[14] >> 4 != 4 or fr[23] != 1 or ihl < 20 or 14 + tot > len(fr) or tot < ihl + 8:
        return None, None
    ip = fr[14:14 + ihl]
    icmp = fr[14 + ihl:14 + tot]
    typ, code, _, ident, seq = struct.unpack(">BBHHH", icmp[:8])
    return "icmp", dict(dst=dst, src=src, ipsrc=ip[12:16], ipdst=ip[16:20],
                        ip_ok=inet_sum(ip) == 0xFFFF, icmp_ok=inet_sum(icmp) == 0xFFFF,
                        type=typ, code=code, id=ident, seq=seq, payload=icmp[8:])


def cmd_icmp_check(a):
    """Checks a pcap (both directions of a guest NIC) of a ping exchange:
    exactly N echo requests to ADDR and N replies, each with the request's
    id, sequence number and payload, Ethernet and IP addresses swapped and
    valid IPv4 and ICMP checksums; every ARP request for ADDR answered
    with MAC; nothing answered for the --foreign addresses. Prints the
    frame counts in each direction (to compare with the guest's port
    statistics)."""
    mac = bytes.fromhex(a.mac.replace(":", ""))
    addr = socket.inet_aton(a.addr)
    foreign = [socket.inet_aton(f) for f in a.foreign]
    errors = []
    to_guest = from_guest = 0
    requests, replies = {}, []
    arp_req = arp_rep = foreign_req = 0
    for i, fr in enumerate(pcap_read(a.file)):
        outgoing = fr[6:12] == mac
        if outgoing:
            from_guest += 1
        else:
            to_guest += 1
        kind, f = parse_frame(fr)
        if kind == "arp" and not outgoing and f["op"] == 1:
            arp_req += f["tpa"] == addr
            foreign_req += f["tpa"] in foreign
        elif kind == "arp" and outgoing:
            if f["op"] != 2 or f["spa"] != addr or f["sha"] != mac:
                errors.append(f"frame {i}: ARP from the guest is not a reply for {a.addr} with {a.mac}")
            else:
                arp_rep += 1
        elif kind == "icmp" and not outgoing and f["type"] == 8:
            if f["ipdst"] == addr:
                requests[(f["id"], f["seq"])] = f
            foreign_req += f["ipdst"] in foreign
        elif kind == "icmp" and outgoing:
            replies.append((i, f))
        elif outgoing:
            errors.append(f"frame {i}: the guest sent neither an ARP nor an ICMP reply")
    for i, r in replies:
        q = requests.pop((r["id"], r["seq"]), None)
        where = f"frame {i} (id {r['id']:#x} seq {r['seq']})"
        if q is None:
            errors.append(f"{where}: reply without a request to {a.addr} before it")
            continue
        if r["type"] != 0 or r["code"] != 0:
            errors.append(f"{where}: ICMP type {r['type']} code {r['code']}, expected 0/0")
        if r["dst"] != q["src"] or r["src"] != q["dst"]:
            errors.append(f"{where}: Ethernet addresses not swapped")
        if r["ipsrc"] != q["ipdst"] or r["ipdst"] != q["ipsrc"]:
            errors.append(f"{where}: IPv4 addresses not swapped")
        if not r["ip_ok"]:
            errors.append(f"{where}: bad IPv4 header checksum")
        if not r["icmp_ok"]:
            errors.append(f"{where}: bad ICMP checksum")
        if r["payload"] != q["payload"]:
            errors.append(f"{where}: payload differs from the request's")
    if len(replies) != a.count:
        errors.append(f"{len(replies)} echo replies, expected {a.count}")
    if requests:
        errors.append(f"{len(requests)} echo request(s) to {a.addr} without a reply")
    if arp_req == 0 or arp_rep != arp_req:
        errors.append(f"{arp_rep} ARP replies for {arp_req} requests for {a.addr}")
    if a.foreign and foreign_req == 0:
        errors.append("no request for the --foreign addresses was sent")
    for e in errors:
        print("icmp-check: " + e)
    print(f"icmp-check: {a.file}: {len(replies)} echo replies "
          f"({'all valid' if not errors else f'{len(errors)} error(s)'}), {arp_rep}/{arp_req} "
          f"ARP replies for {a.addr}, {foreign_req} unanswered requests for other "
          f"addresses; to-guest {to_guest} from-guest {from_guest}")
    if errors:
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(prog="netio.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("inject", help="send frames to a NIC's dgram netdev")
    i.add_argument("--port", type=int, required=True)
    g = i.add_mutually_exclusive_group(required=True)
    g.add_argument("--pcap")
    g.add_argument("--gen", type=int, metavar="N")
    i.add_argument("--size", type=int, default=60)
    i.add_argument("--gap-us", type=int, default=0)
    c = sub.add_parser("collect", help="receive a NIC's frames into a pcap file")
    c.add_argument("--port", type=int, required=True)
    c.add_argument("--pcap", required=True)
    c.add_argument("--count", type=int)
    c.add_argument("--timeout", type=float, default=30)
    m = sub.add_parser("monitor", help="one QEMU monitor command")
    m.add_argument("--socket", required=True)
    m.add_argument("command")
    n = sub.add_parser("pcap-count", help="number of frames in a pcap file")
    n.add_argument("file")
    n.add_argument("--ethertype", help="count only frames of this type, e.g. 0x0806")
    k = sub.add_parser("icmp-check", help="check the ping exchange in a NIC's pcap")
    k.add_argument("file")
    k.add_argument("--mac", required=True, help="the guest NIC's MAC address")
    k.add_argument("--addr", required=True, help="the address the guest answers for")
    k.add_argument("--count", type=int, required=True, help="echo replies expected")
    k.add_argument("--foreign", nargs="*", default=[],
                   help="addresses that were asked for and must get no answer")
    a = p.parse_args()
    {"inject": cmd_inject, "collect": cmd_collect, "monitor": cmd_monitor,
     "pcap-count": cmd_count, "icmp-check": cmd_icmp_check}[a.cmd](a)


if __name__ == "__main__":
    main()
