# Issue 4 (a): method calls and attribute reads/writes on instances in a hot loop.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        self.x += other.x
        self.y += other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x = self.x * k % 1000003
        self.y = self.y * k % 1000003


class Particle:
    def __init__(self, i):
        self.pos = Vector(i, i + 1)
        self.vel = Vector(1, 2)
        self.hits = 0

    def step(self):
        self.pos.add(self.vel)
        if self.pos.dot(self.vel) % 7 == 0:
            self.hits += 1
            self.vel.scale(3)


particles = [Particle(i) for i in range(100)]
for _ in range(100000):
    for p in particles:
        p.step()
print(sum(p.hits for p in particles), sum(p.pos.x for p in particles) % 1000)
