# Objects, attribute access and method calls: a small task scheduler in the style of Richards.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, ident, priority, queue):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.count = 0

    def run(self, packet):
        self.count += 1
        packet.datum = (packet.datum + self.priority) % 256
        for i in range(4):
            packet.data[i] = (packet.data[i] + packet.datum + i) & 255
        return packet


class Worker(Task):
    def run(self, packet):
        packet = Task.run(self, packet)
        packet.kind = 1 - packet.kind
        return packet


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.holds = 0

    def add(self, task):
        self.tasks.append(task)

    def schedule(self, rounds):
        packets = None
        for i in range(10):
            packets = Packet(None, i, i % 2).append_to(packets)
        for r in range(rounds):
            p = packets
            while p is not None:
                t = self.tasks[(p.ident + r) % len(self.tasks)]
                t.run(p)
                if p.kind == 0:
                    self.holds += 1
                p = p.link
        return sum(t.count for t in self.tasks), self.holds


s = Scheduler()
for i in range(6):
    s.add(Task(i, i + 1, None) if i % 2 else Worker(i, i + 3, None))
print(s.schedule(120000))
