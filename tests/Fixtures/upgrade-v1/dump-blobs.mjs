// Copies every blob of a container into a folder, one file per blob, keeping the blob's name as its path.
import { BlobServiceClient } from "@azure/storage-blob";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
const [connection, container, out] = process.argv.slice(2);
const client = BlobServiceClient.fromConnectionString(connection).getContainerClient(container);
for await (const blob of client.listBlobsFlat()) {
  const body = await client.getBlobClient(blob.name).downloadToBuffer();
  const file = join(out, blob.name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}
