// Accepting an offer is one write across the offers and the profile, so it lives with the
// other offer writes in the data layer; this name stays for the tests that import it here.
export { acceptOffer } from '../../../../data/repositories/offers'
