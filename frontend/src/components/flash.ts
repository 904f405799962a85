import { useLocation } from 'react-router-dom';

/** A one-off message carried to the next page in the router's location state. */
export interface FlashState {
  success?: string;
}

export function flash(success: string): { state: FlashState } {
  return { state: { success } };
}

export function useFlash(): string | undefined {
  const state = useLocation().state as FlashState | null;
  return typeof state?.success === 'string' ? state.success : undefined;
}
