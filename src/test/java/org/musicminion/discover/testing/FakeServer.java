package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/**
 * A fake on MockWebServer, plus a scratch dir, for one test: the part the test fixtures ({@link FakeAccount}, the auth
 * tests' AuthFixture) share. {@code routes} is what answers: the fake itself, or a test's routes in front of it.
 */
public final class FakeServer<F extends Dispatcher> {
    public final MockWebServer server = new MockWebServer();
    public final F fake;
    private final Function<F, Dispatcher> routes;

    public FakeServer(F fake, Function<F, Dispatcher> routes) {
        this.fake = fake;
        this.routes = routes;
    }

    /** Starts the server; returns a new scratch dir for the test. */
    public Path start() throws IOException {
        server.setDispatcher(routes.apply(fake));
        server.start();
        return ScratchDir.create();
    }

    /** Stops the server and deletes {@code dir}. */
    public void stop(Path dir) throws IOException {
        server.close();
        ScratchDir.delete(dir);
    }
}
