import { useLocation } from 'react-router-dom';

/** For page tests: shows where the app has navigated to. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}
