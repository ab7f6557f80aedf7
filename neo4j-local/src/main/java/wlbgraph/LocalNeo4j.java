package wlbgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a real embedded Neo4j 5 Community engine with only the Bolt connector, for local
 * development and tests. Started and stopped by src/db/localNeo4j.ts.
 *
 * <p>Usage: {@code java -Xmx1g -cp 'target/lib/*:target/neo4j-local.jar' wlbgraph.LocalNeo4j
 * <boltPort> <dataDir> <pageCache>} (heap comes from the caller's -Xmx; pageCache like "256m").
 *
 * <p>Contract with the TypeScript side:
 * <ul>
 *   <li>prints {@link #READY_LINE} followed by the bolt URI once Bolt accepts connections;</li>
 *   <li>on SIGTERM shuts the engine down cleanly (checkpoint, store unlocked) and exits;</li>
 *   <li>on a start failure prints the cause and exits with status 1.</li>
 * </ul>
 *
 * <p>SECURITY: authentication is DISABLED and Bolt is bound to 127.0.0.1 only. This launcher is for
 * a developer's own machine and CI; never expose it or use it in production (use docker-compose's
 * neo4j service, which has auth, instead).
 */
public final class LocalNeo4j {
    /** Marker the TypeScript side may look for in neo4j.log. */
    public static final String READY_LINE = "LocalNeo4j: Bolt ready on ";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: LocalNeo4j <boltPort> <dataDir> <pageCache e.g. 256m>");
            System.exit(2);
        }
        final int port;
        final long pageCache;
        try {
            port = Integer.parseInt(args[0]);
            if (port < 1 || port > 65535) throw new NumberFormatException("out of range");
            pageCache = ByteUnit.parse(args[2]);
        } catch (RuntimeException e) {
            System.err.println("LocalNeo4j: bad argument (" + e.getMessage() + "): port=" + args[0]
                    + " pageCache=" + args[2]);
            System.exit(2);
            return;
        }
        Path home = Path.of(args[1]).toAbsolutePath().normalize();

        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    // User-facing engine messages (start-up, errors) go to stdout = <dataDir>/neo4j.log;
                    // the detailed debug.log lands in <dataDir>/logs/.
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    // Local dev only: no authentication (see class comment); loopback only.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Nothing but Bolt: no HTTP ports to collide with another Neo4j on this machine.
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // No "usage data" pings to udc.neo4j.com: start-up must not touch the network.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    // Internal setting: Netty's default 5 s "quiet period" is waited twice after the
                    // databases are already checkpointed and closed, making every stop ~10 s slower.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            System.err.println("LocalNeo4j: failed to start on 127.0.0.1:" + port + " with data in " + home);
            e.printStackTrace();
            System.exit(1);
            return;
        }

        // Registered right after build so a SIGTERM at any later point still closes the store cleanly.
        final DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("LocalNeo4j: shutting down");
            service.shutdown();
            System.out.println("LocalNeo4j: stopped");
            System.out.flush();
        }, "local-neo4j-shutdown"));

        // Bolt is started by build(); also wait until the default database is online so the first
        // query after "ready" does not fail with DatabaseUnavailable.
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("LocalNeo4j: database 'neo4j' did not become available within 2 minutes");
            System.exit(1);
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println(READY_LINE + "bolt://127.0.0.1:" + port + " (data " + home + ", engine start "
                + ms + " ms, pid " + ProcessHandle.current().pid() + ")");
        System.out.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until SIGTERM.
    }
}
