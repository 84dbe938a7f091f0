import { Observable } from 'rxjs';

/** Emits once the worker stops (the app shuts down), so open progress streams end and the server can close. */
export function shutdownOf(worker: { readonly stopping: Promise<void> }): Observable<void> {
  return new Observable<void>((subscriber) => {
    void worker.stopping.then(() => subscriber.next());
  });
}
