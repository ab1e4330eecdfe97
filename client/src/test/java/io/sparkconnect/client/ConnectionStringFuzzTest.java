package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated connection strings: parsing either succeeds or throws
 * {@link IllegalArgumentException}, never anything else, and never hangs. Seeded, so a failure
 * reproduces.
 */
class ConnectionStringFuzzTest {
  private static final List<String> VALID = List.of(
      "sc://localhost",
      "sc://host:15002",
      "sc://127.0.0.1:443/;use_ssl=true;token=abc%20def",
      "sc://[::1]:15002/;user_id=alice;session_id=6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b",
      "sc://example.com/;use_ssl=true;token=t0k3n;user_agent=my_app;x-custom=v",
      "sc://h:1/;grpc_max_message_size=1048576");
  private static final String ALPHABET = "sc:/;=%[]:@?#&.-_ \t\n\u0000\u00e9\ud83d\ude00abcxyz0123456789";

  @Test
  void parseSucceedsOrThrowsIllegalArgument() {
    Random random = new Random(20261125L);
    int[] outcomes = new int[2];
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (int i = 0; i < 5000; i++) {
        String input = i % 3 == 0 ? randomString(random) : mutate(VALID.get(random.nextInt(VALID.size())), random);
        try {
          ConnectionString c = ConnectionString.parse(input);
          assertNotNull(c.host());
          assertTrue(c.port() > 0 && c.port() < 65536, input);
          if (c.token() != null) {
            assertFalse(c.toString().contains("token=" + c.token()), "toString shows the token of " + input);
          }
          outcomes[0]++;
        } catch (IllegalArgumentException e) {
          assertNotNull(e.getMessage(), input);
          outcomes[1]++;
        } catch (RuntimeException | Error e) {
          fail("parse(\"" + input + "\") threw " + e, e);
        }
      }
    });
    // Both outcomes are exercised, so the mutations are neither all fatal nor all harmless.
    assertTrue(outcomes[0] > 100 && outcomes[1] > 100, outcomes[0] + " parsed, " + outcomes[1] + " rejected");
  }

  private static String randomString(Random random) {
    StringBuilder sb = new StringBuilder(random.nextBoolean() ? "sc://" : "");
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private static String mutate(String valid, Random random) {
    StringBuilder sb = new StringBuilder(valid);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
      switch (random.nextInt(5)) {
        case 0 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> {
          if (sb.length() > 0) {
            sb.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (sb.length() > 0) {
            sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
        }
        case 3 -> sb.insert(at, List.of(";", "=", "%", "%zz", ":99999", ":-1", "[", "]", ";token=", ";use_ssl=false",
            ";grpc_max_message_size=-5", ";session_id=nope", "%2", ";;").get(random.nextInt(14)));
        default -> sb.append(sb, 0, Math.min(sb.length(), random.nextInt(20)));
      }
    }
    return sb.toString();
  }
}
