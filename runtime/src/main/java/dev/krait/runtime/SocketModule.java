package dev.krait.runtime;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * {@code _ksocket}: non-blocking TCP sockets on NIO channels and a selector over them, what asyncio's event loop
 * and streams are built on (the loop and the streams themselves are Python, in the asyncio package). Every call
 * returns at once: {@code recv} gives None when no data is waiting, {@code send} the count the kernel took.
 * I/O failures become the OSError subclasses CPython raises for the same errno.
 */
final class SocketModule {
    private SocketModule() {}

    static final PyType SOCKET = new PyType("socket", PyType.OBJECT, Sock.class, SocketModule::setupSocket);
    static final PyType SELECTOR = new PyType("Selector", PyType.OBJECT, Sel.class, SocketModule::setupSelector);

    static PyModule create() {
        return new ModuleDef("_ksocket")
                .fn("listen", (Fn.F3) (host, port, backlog) -> listen(host, port, backlog))
                .fn("connect", (Fn.F2) SocketModule::connect)
                .fn("Selector", (Fn.F0) Sel::new)
                .set("EVENT_READ", PyInt.of(1))
                .set("EVENT_WRITE", PyInt.of(2))
                .module;
    }

    /** A TCP socket: a listening server channel or a connected (or connecting) stream channel. */
    static final class Sock extends PyObject {
        final SelectableChannel channel;
        /** Where a connecting socket connects to (for the error message when it fails). */
        InetSocketAddress target;
        /** The selector the channel was registered with: a registered channel really closes at its next select. */
        Selector registeredWith;
        private ByteBuffer readBuffer;

        Sock(SelectableChannel channel) {
            this.channel = channel;
        }

        @Override
        public PyType type() {
            return SOCKET;
        }

        SocketChannel stream() {
            if (channel instanceof SocketChannel s) return s;
            throw Errors.osError(ExceptionTypes.OS_ERROR, 107, "Transport endpoint is not connected", null);
        }

        @Override
        public String repr() {
            return "<socket " + (channel.isOpen() ? "" : "[closed] ") + channel + ">";
        }
    }

    private static PyObject listen(PyObject host, PyObject port, PyObject backlog) {
        InetSocketAddress addr = address(host, port);
        try {
            ServerSocketChannel ch = ServerSocketChannel.open();
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            try {
                ch.bind(addr, (int) Protocol.index(backlog));
            } catch (BindException e) {
                ch.close();
                throw Errors.osError(ExceptionTypes.OS_ERROR, 98, "error while attempting to bind on address "
                        + addressTuple(addr).repr() + ": address already in use", null);
            }
            ch.configureBlocking(false);
            return new Sock(ch);
        } catch (IOException e) {
            throw error(e);
        }
    }

    private static PyObject connect(PyObject host, PyObject port) {
        InetSocketAddress addr = address(host, port);
        try {
            SocketChannel ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Sock sock = new Sock(ch);
            sock.target = addr;
            try {
                ch.connect(addr);
            } catch (IOException e) {
                ch.close();
                throw connectFailed(e, addr);
            }
            return sock;
        } catch (IOException e) {
            throw error(e);
        }
    }

    private static InetSocketAddress address(PyObject host, PyObject port) {
        String h = host == PyNone.NONE ? null : host.str();
        try {
            InetAddress a = h == null || h.isEmpty() ? InetAddress.getByName("0.0.0.0") : InetAddress.getByName(h);
            return new InetSocketAddress(a, (int) Protocol.index(port));
        } catch (UnknownHostException e) {
            throw Errors.osError(ExceptionTypes.OS_ERROR, -2, "Name or service not known", null);
        }
    }

    static PyTuple addressTuple(SocketAddress a) {
        if (!(a instanceof InetSocketAddress i)) return PyTuple.of(PyStr.of(String.valueOf(a)));
        String host = i.getAddress() == null ? i.getHostString() : i.getAddress().getHostAddress();
        if (i.getAddress() instanceof java.net.Inet6Address) {
            return PyTuple.of(PyStr.of(host.replaceFirst("%.*$", "")), PyInt.of(i.getPort()), PyInt.ZERO, PyInt.ZERO);
        }
        return PyTuple.of(PyStr.of(host), PyInt.of(i.getPort()));
    }

    /** An I/O failure as CPython's OSError subclass for its errno (by the message the JDK gives). */
    static PyException error(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof ClosedChannelException) return Errors.osError(ExceptionTypes.OS_ERROR, 9, "Bad file descriptor", null);
        if (e instanceof ConnectException || m.contains("Connection refused")) {
            return Errors.osError(ExceptionTypes.CONNECTION_REFUSED_ERROR, 111, "Connection refused", null);
        }
        if (m.contains("reset")) return Errors.osError(ExceptionTypes.CONNECTION_RESET_ERROR, 104, "Connection reset by peer", null);
        if (m.contains("Broken pipe")) return Errors.osError(ExceptionTypes.BROKEN_PIPE_ERROR, 32, "Broken pipe", null);
        return Errors.osError(ExceptionTypes.OS_ERROR, 5, m, null);
    }

    /** CPython's message for a failed connect: "[Errno 111] Connect call failed ('127.0.0.1', 9)". */
    private static PyException connectFailed(IOException e, InetSocketAddress addr) {
        PyException p = error(e);
        PyObject errno = p.value.args.size() > 0 ? p.value.args.get(0) : PyInt.of(5);
        return Errors.make(p.value.type(), errno, PyStr.of("Connect call failed " + addressTuple(addr).repr()));
    }

    private static Sock sock(PyObject o) {
        if (o instanceof Sock s) return s;
        throw Errors.typeError("expected a socket, not '" + o.type().name + "'");
    }

    static void setupSocket(PyType t) {
        t.method("accept", (Fn.F1) s -> {
            if (!(sock(s).channel instanceof ServerSocketChannel server)) throw Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", null);
            try {
                SocketChannel c = server.accept();
                if (c == null) return PyNone.NONE;
                c.configureBlocking(false);
                c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                return new Sock(c);
            } catch (IOException e) {
                throw error(e);
            }
        });
        // Completes a non-blocking connect: True once connected, False while still in progress.
        t.method("finish_connect", (Fn.F1) s -> {
            try {
                return PyBool.of(sock(s).stream().finishConnect());
            } catch (IOException e) {
                throw connectFailed(e, sock(s).target);
            }
        });
        t.method("recv", (Fn.F2) (s, n) -> {
            Sock k = sock(s);
            int size = (int) Math.max(1, Math.min(Protocol.index(n), 1 << 20));
            ByteBuffer b = k.readBuffer;
            if (b == null || b.capacity() < size) k.readBuffer = b = ByteBuffer.allocate(Math.max(size, 8192));
            b.clear().limit(size);
            try {
                int got = k.stream().read(b);
                if (got < 0) return new PyBytes(new byte[0]);
                if (got == 0) return PyNone.NONE;
                byte[] out = new byte[got];
                b.flip().get(out);
                return new PyBytes(out);
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.method("send", (Fn.F2) (s, data) -> {
            byte[] d = PyBytes.bytesOf(data);
            try {
                return PyInt.of(sock(s).stream().write(ByteBuffer.wrap(d)));
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.method("shutdown_write", (Fn.F1) s -> {
            try {
                SocketChannel c = sock(s).stream();
                if (c.isOpen() && c.isConnected()) c.shutdownOutput();
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        t.method("close", (Fn.F1) s -> {
            Sock k = sock(s);
            try {
                k.channel.close();
                // Completes the close now (a listening port must refuse connections as soon as close() returns).
                if (k.registeredWith != null && k.registeredWith.isOpen()) k.registeredWith.selectNow();
            } catch (IOException e) {
                // Closing never fails in a way a Python program could act on.
            }
            return PyNone.NONE;
        });
        t.method("getsockname", (Fn.F1) s -> {
            try {
                SelectableChannel c = sock(s).channel;
                return addressTuple(c instanceof ServerSocketChannel sc ? sc.getLocalAddress()
                        : ((SocketChannel) c).getLocalAddress());
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.method("getpeername", (Fn.F1) s -> {
            try {
                SocketAddress a = sock(s).stream().getRemoteAddress();
                if (a == null) throw Errors.osError(ExceptionTypes.OS_ERROR, 107, "Transport endpoint is not connected", null);
                return addressTuple(a);
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.method("fileno", (Fn.F1) s -> PyInt.of(sock(s).channel.isOpen() ? System.identityHashCode(s) & 0x7fffffff : -1));
        t.getter("closed", s -> PyBool.of(!sock(s).channel.isOpen()));
    }

    /** A selector: which registered sockets are ready to read or write, waiting up to a timeout. */
    static final class Sel extends PyObject {
        final Selector selector;

        Sel() {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw error(e);
            }
        }

        @Override
        public PyType type() {
            return SELECTOR;
        }
    }

    private static Sel sel(PyObject o) {
        if (o instanceof Sel s) return s;
        throw Errors.typeError("expected a Selector, not '" + o.type().name + "'");
    }

    private static int ops(Sock s, long events) {
        int ops = 0;
        if ((events & 1) != 0) ops |= s.channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        if ((events & 2) != 0) {
            SocketChannel c = (SocketChannel) s.channel;
            ops |= c.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops;
    }

    static void setupSelector(PyType t) {
        // register(sock, events, data): events is EVENT_READ|EVENT_WRITE; registering again replaces both.
        t.method("register", (Fn.FV) (a, kw) -> {
            Sel s = sel(a[0]);
            Sock k = sock(a[1]);
            try {
                SelectionKey key = k.channel.keyFor(s.selector);
                int ops = ops(k, Protocol.index(a[2]));
                if (key != null && key.isValid()) {
                    key.interestOps(ops);
                    key.attach(a[3]);
                } else {
                    k.channel.register(s.selector, ops, a[3]);
                    k.registeredWith = s.selector;
                }
            } catch (ClosedChannelException | CancelledKeyException e) {
                throw Errors.osError(ExceptionTypes.OS_ERROR, 9, "Bad file descriptor", null);
            }
            return PyNone.NONE;
        });
        t.method("unregister", (Fn.F2) (s, k) -> {
            SelectionKey key = sock(k).channel.keyFor(sel(s).selector);
            if (key != null) key.cancel();
            return PyNone.NONE;
        });
        // select(timeout): a list of (data, events); timeout None waits until something is ready.
        t.method("select", (Fn.F2) (s, timeout) -> {
            Selector selector = sel(s).selector;
            try {
                if (timeout == PyNone.NONE) {
                    selector.select();
                } else {
                    double secs = FloatMethods.toDouble(timeout);
                    long ms = (long) Math.ceil(secs * 1000);
                    if (ms <= 0) selector.selectNow();
                    else selector.select(ms);
                }
            } catch (IOException e) {
                throw error(e);
            }
            PyList out = new PyList();
            var it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (!key.isValid()) continue;
                int ready = key.readyOps();
                int events = ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0 ? 1 : 0)
                        | ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0 ? 2 : 0);
                out.append(PyTuple.of((PyObject) key.attachment(), PyInt.of(events)));
            }
            return out;
        });
        t.method("close", (Fn.F1) s -> {
            try {
                sel(s).selector.close();
            } catch (IOException e) {
                // Nothing to report.
            }
            return PyNone.NONE;
        });
    }
}
