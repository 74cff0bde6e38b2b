import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a real Neo4j Community server in this JVM with only the Bolt connector, on loopback.
 * Run as a single source file: java -cp '.neo4j/lib/*' neo4j/EmbeddedNeo4j.java <dataDir> <boltPort>
 * Prints "READY <port>" once Bolt accepts connections, and shuts down cleanly on SIGTERM/SIGINT.
 */
public class EmbeddedNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort> [pageCacheMb]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args.length > 2 ? args[2] + "m" : "256m";

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Loopback only and a throwaway process per user: the driver's credentials are accepted as given.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
            // A single instance has committed every bookmark it issued: a longer wait only holds a connection for a
            // made-up (x-neo4j-bookmark) one. Neo4j's default is 30 s, meant for cluster members catching up.
            .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, java.time.Duration.ofSeconds(2))
            // Bolt's two event-loop groups each wait a 5 s quiet period at shutdown: 10 s of every stop spent idle
            // (the import's first start, every test's restart). Its connections are closed by then either way.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }));
        // Touch the default database so the store is created before we say we are ready.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY " + port);
        System.out.flush();
        stopped.await();
    }
}
