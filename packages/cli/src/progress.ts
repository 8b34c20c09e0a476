/**
 * Progress of a long run on standard error (documents done, MB/s and, when the input's size is known, time
 * left), only when standard error is a terminal: a log or a pipe stays quiet.
 */
export class Progress {
  private docs = 0;
  private bytes = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(
    private readonly enabled: boolean,
    private readonly stderr: (s: string) => void,
    private readonly totalBytes: number | null = null,
  ) {}

  done(bytes: number): void {
    this.docs++;
    this.bytes += bytes;
    const now = Date.now();
    if (!this.enabled || now - this.last < 500) return;
    this.last = now;
    const seconds = Math.max(now - this.started, 1) / 1000;
    const rate = this.bytes / seconds;
    const left = this.totalBytes && rate ? `, about ${Math.max(0, (this.totalBytes - this.bytes) / rate).toFixed(0)} s left` : "";
    this.stderr(`\r${this.docs} documents, ${(rate / 1e6).toFixed(2)} MB/s${left}   `);
  }

  end(): void {
    if (this.enabled && this.last) this.stderr("\n");
  }
}
