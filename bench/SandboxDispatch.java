import java.util.Arrays;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Sequential keep-alive GETs against the sandbox: the transport's time per request, with 0 and 50 ms injected latency. */
public class SandboxDispatch {
    public static void main(String[] a) throws Exception {
        try (SandboxServer s = SandboxServer.start()) {
            OkHttpClient c = new OkHttpClient();
            String url = s.baseUrl() + "/resolve?url=x"; // answered 401 (no token) after the faults: latency applies
            for (int lat : new int[] {0, 50}) {
                s.setFaults(Faults.NONE.withLatency(lat, 0));
                int warm = lat == 0 ? 3000 : 20, n = lat == 0 ? 5000 : 200;
                for (int i = 0; i < warm; i++) try (Response r = c.newCall(new Request.Builder().url(url).build()).execute()) { r.body().bytes(); }
                long[] t = new long[n];
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    try (Response r = c.newCall(new Request.Builder().url(url).build()).execute()) { r.body().bytes(); }
                    t[i] = System.nanoTime() - t0;
                }
                Arrays.sort(t);
                System.out.printf("latency %2d ms: median %.3f ms, p90 %.3f ms, mean %.3f ms (n=%d)%n", lat, t[n / 2] / 1e6, t[n * 9 / 10] / 1e6,
                        Arrays.stream(t).average().orElse(0) / 1e6, n);
            }
            c.dispatcher().executorService().shutdown();
            c.connectionPool().evictAll();
        }
    }
}
