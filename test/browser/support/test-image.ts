// A PNG drawn by the page's own canvas, for the upload test: a gradient, a title and a band of
// seeded noise (so the file spans several upload parts), returned to Node as bytes.
import type { Page } from "playwright-core";

/** Draws a `width`×`height` PNG in the page and returns its bytes. */
export async function drawTestImage(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext("2d") as CanvasRenderingContext2D;
      const sky = g.createLinearGradient(0, 0, w, h);
      sky.addColorStop(0, "#4a5bd4");
      sky.addColorStop(1, "#e05f8e");
      g.fillStyle = sky;
      g.fillRect(0, 0, w, h);
      // Seeded noise (xorshift32), so runs draw the same picture.
      const band = g.getImageData(0, h - 150, w, 150);
      let seed = 42;
      for (let i = 0; i < band.data.length; i += 4) {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        band.data[i] = seed & 0xff;
        band.data[i + 1] = (seed >>> 8) & 0xff;
        band.data[i + 2] = (seed >>> 16) & 0xff;
      }
      g.putImageData(band, 0, h - 150);
      g.fillStyle = "#fff";
      g.font = "bold 40px sans-serif";
      g.fillText("Osmium ⚛", 24, 70);
      return canvas.toDataURL("image/png").slice("data:image/png;base64,".length);
    },
    [width, height] as const,
  );
  return Buffer.from(base64, "base64");
}
