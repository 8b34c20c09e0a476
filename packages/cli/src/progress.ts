/** Progress of a long run on standard error (documents done, MB/s), only when standard error is a terminal. */
export class Progress {
  private docs = 0;
  private chars = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly enabled: boolean, private readonly stderr: (s: string) => void) {}

  done(chars: number): void {
    this.docs++;
    this.chars += chars;
    const now = Date.now();
    if (!this.enabled || now - this.last < 500) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    this.stderr(`\r${this.docs} documents, ${(this.chars / 1e6 / seconds).toFixed(2)} MB/s, ${seconds.toFixed(0)} s`);
  }

  end(): void {
    if (this.enabled && this.last) this.stderr("\n");
  }
}
