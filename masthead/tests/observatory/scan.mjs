// The MDN HTTP Observatory's own scan of one page of a local stack, graded as it grades.
//
//   node scan.mjs OBSERVATORY_DIR HOST HTTPS_PORT HTTP_PORT PATH
//
// Its CLI (src/scan.js) takes a bare host name and scans http://HOST/ and https://HOST/ on
// ports 80 and 443; its retriever can take ports and a path, but scan() drops those options
// (`retrieve(hostname)`). This passes them on, and changes nothing else: the retrieval, the
// ten tests and the grade are the Observatory's. Prints the CLI's JSON. Run it with
// NODE_EXTRA_CA_CERTS naming the stack's certificate, so that TLS is verified as it is on
// the public Observatory (an unverified certificate fails the redirection and HSTS tests).
import { register } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root, host, httpsPort, httpPort, path] = process.argv.slice(2);
const hook = `
export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.endsWith("/src/scanner/index.js")) return loaded;
  const source = String(loaded.source);
  if (!source.includes("retrieve(hostname)")) {
    throw new Error("the Observatory's scan() changed: check masthead/tests/observatory/scan.mjs");
  }
  return { ...loaded, source: source.replace("retrieve(hostname)", "retrieve(hostname, options)") };
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const observatory = join(root, "node_modules", "@mdn", "mdn-http-observatory", "src", "index.js");
const { scan } = await import(pathToFileURL(observatory).href);
try {
  const result = await scan(host, { httpsPort, httpPort, path });
  const tests = Object.fromEntries(
    Object.entries(result.tests).map(([name, { scoreDescription, ...test }]) => [name, test]),
  );
  console.log(JSON.stringify({ scan: result.scan, tests }, null, 2));
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.message ?? error) }));
  process.exit(1);
}
