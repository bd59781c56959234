package dev.krait.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * {@code id()}: a fake address unique among live objects. It is derived from the JVM identity hash, but those
 * are 31 bits and collide (about one pair among 100 000 objects), while programs key dicts by {@code id()}
 * ({@code copy.deepcopy}'s memo, "seen" sets of graph walks), so a collision would silently merge two objects.
 * Every object given an id is remembered weakly under its identity hash; a second live object with the same
 * hash gets an address from a counter above the range of hash-derived ones.
 */
final class Identity {
    private Identity() {}

    /** Base of the fake addresses (CPython's heap is around there); addresses are multiples of 16. */
    static final long ADDRESS_BASE = 0x7f0000000000L;
    /** Addresses for colliding objects start above every hash-derived one (hashes are below 2^31). */
    private static long nextSpare = ADDRESS_BASE + (1L << 35);

    private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
    /** Chains of entries by identity hash (the table of a weak identity map, without boxing the hashes). */
    private static Entry[] table = new Entry[1024];
    private static int size;

    /** One object given an id. */
    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long id;
        Entry next;

        Entry(Object referent, int hash, long id, Entry next) {
            super(referent, DEAD);
            this.hash = hash;
            this.id = id;
            this.next = next;
        }
    }

    /** The address derived from the identity hash alone: {@code hash(o) == this >> 4}. */
    static long hashAddress(Object o) {
        return ADDRESS_BASE + ((long) System.identityHashCode(o) << 4);
    }

    static synchronized long of(Object o) {
        int h = System.identityHashCode(o);
        Entry[] t = table;
        for (Entry e = t[h & (t.length - 1)]; e != null; e = e.next) {
            if (e.get() == o) return e.id;
        }
        purge();
        if (size >= table.length - (table.length >> 2)) resize();
        t = table;
        int i = h & (t.length - 1);
        boolean taken = false;
        for (Entry e = t[i]; e != null; e = e.next) {
            if (e.hash == h && e.get() != null) {
                taken = true;
                break;
            }
        }
        long id;
        if (taken) {
            id = nextSpare;
            nextSpare += 16;
        } else {
            id = ADDRESS_BASE + ((long) h << 4);
        }
        t[i] = new Entry(o, h, id, t[i]);
        size++;
        return id;
    }

    private static void resize() {
        Entry[] old = table;
        Entry[] t = new Entry[old.length * 2];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = e.hash & (t.length - 1);
                e.next = t[i];
                t[i] = e;
                e = next;
            }
        }
        table = t;
    }

    /** Drops the entries of collected objects (their ids may then be given again, as CPython reuses addresses). */
    private static void purge() {
        Object r;
        while ((r = DEAD.poll()) != null) {
            Entry dead = (Entry) r;
            int i = dead.hash & (table.length - 1);
            if (table[i] == dead) {
                table[i] = dead.next;
                size--;
                continue;
            }
            for (Entry e = table[i]; e != null; e = e.next) {
                if (e.next == dead) {
                    e.next = dead.next;
                    size--;
                    break;
                }
            }
        }
    }
}
