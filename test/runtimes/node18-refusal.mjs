// Run by Node 18, which the package does not support: creating the reference server must fail
// with an error naming the missing feature (not a TypeError from deep inside the first call).
import { createTestServer } from "osmium-chat/testing";

try {
  createTestServer();
  console.log(JSON.stringify({ created: true }));
} catch (error) {
  console.log(JSON.stringify({ name: error.name, code: error.code, feature: error.feature, message: error.message }));
}
